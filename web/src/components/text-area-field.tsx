import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './field.js';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> &
  FieldProps & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled text area (see Field); `ref` reaches the text area (to focus it). */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...textarea} />}
    </Field>
  );
}
