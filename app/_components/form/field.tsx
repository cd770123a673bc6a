import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { controlProps, FieldErrors, FieldHint, FieldLabel } from './field-parts';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated messages for this field. */
  errors?: string[];
  /** Left-to-right content (digits, codes, emails) inside an RTL page. */
  ltr?: boolean;
  /** React 19 passes ref as a prop; react-hook-form's register() needs it on the input. */
  ref?: Ref<HTMLInputElement>;
}

/** Label, hint and error wired to the input with aria-describedby / aria-invalid. */
export function Field({
  id,
  name,
  label,
  hint,
  errors = [],
  ltr,
  required,
  className,
  ...input
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <FieldHint id={hintId} hint={hint} />
      <input
        {...controlProps({ id, name, hint, errors, required })}
        className={ltr ? 'ltr' : undefined}
        dir={ltr ? 'ltr' : undefined}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
