import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className={ltr ? 'ltr' : undefined}
        dir={ltr ? 'ltr' : undefined}
        {...input}
      />
      {errors.length ? (
        <p id={errorId} className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
