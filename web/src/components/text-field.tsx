import type { InputHTMLAttributes, Ref } from 'react';
import { Field, type FieldProps } from './field.js';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FieldProps & { ref?: Ref<HTMLInputElement> };

/** A labelled input (see Field); `ref` reaches the input (to focus it). */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}
