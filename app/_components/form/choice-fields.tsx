import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlProps, describedBy, FieldErrors, FieldHint, FieldLabel, RequiredMark } from './field-parts';

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

function describedByOf(id: string, hint: ReactNode, errors: string[]): string | undefined {
  return describedBy(hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null);
}

/** Here the hint follows the control (a select's or a group's options come first to the eye). */
function HintAndError({ id, hint, errors }: { id: string; hint?: ReactNode; errors: string[] }) {
  return (
    <>
      <FieldHint id={`${id}-hint`} hint={hint} />
      <FieldErrors id={`${id}-error`} errors={errors} />
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
      <FieldLabel htmlFor={id} label={label} required={required} />
      <select {...controlProps({ id, name, hint, errors, required })} {...select}>
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
      <FieldLabel htmlFor={id} label={label} required={required} />
      <textarea {...controlProps({ id, name, hint, errors, required })} rows={6} {...area} />
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
      aria-describedby={describedByOf(id, hint, errors)}
    >
      <legend>
        {label}
        <RequiredMark required={required} />
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
