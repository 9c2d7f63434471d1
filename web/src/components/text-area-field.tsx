import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './field.js';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FieldProps;

/** A labelled text area (see Field). */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...textarea} />}
    </Field>
  );
}
