import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Select, radio group and textarea with the wiring of `Field` (label, hint, error, aria-invalid,
 * aria-describedby), for the forms of the dashboard and the staff desk.
 */
interface Common {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
}

function describedBy(id: string, hint: ReactNode, errors: string[]): string | undefined {
  return (
    [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required ? (
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}

function HintAndError({ id, hint, errors }: { id: string; hint?: ReactNode; errors: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  errors = [],
  required,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'>) {
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {children}
      </select>
      <HintAndError id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  id,
  name,
  label,
  hint,
  errors = [],
  required,
  ...area
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        name={name}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        rows={6}
        {...area}
      />
      <HintAndError id={id} hint={hint} errors={errors} />
    </div>
  );
}

/**
 * Radio buttons in a fieldset whose legend is the question. The first radio carries the field id,
 * so the error summary's link lands on the group.
 */
export function RadioGroup({
  id,
  name,
  label,
  hint,
  errors = [],
  required,
  options,
  defaultValue,
}: Common & { options: Array<{ value: string; label: ReactNode }>; defaultValue?: string }) {
  return (
    <fieldset
      className="field radio-group"
      aria-invalid={errors.length ? true : undefined}
      aria-describedby={describedBy(id, hint, errors)}
    >
      <legend>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      <div className="radio-options">
        {options.map((option, i) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              required={required}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <HintAndError id={id} hint={hint} errors={errors} />
    </fieldset>
  );
}
