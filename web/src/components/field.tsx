import { type ReactNode, useId } from 'react';

/** The attributes that tie a form control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: string;
  /** Shown under the label; read out with the control. */
  hint?: string | undefined;
  /** A message for this field; marks the control invalid. */
  error?: string | undefined;
}

/**
 * A labelled form control whose hint and error are tied to it for assistive technology. The control
 * itself (input, textarea, select) is rendered by `children` with the attributes it must carry.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
