import type { ReactNode } from 'react';

/**
 * The pieces every form control shares (Field, the select/radio/textarea fields, the code input, the
 * upload, the human check, the birth date): one place for the markup that ties a control to its label,
 * hint and errors for assistive technology.
 */

/** The asterisk after a required field's label; screen readers are told by aria-required instead. */
export function RequiredMark({ required = true }: { required?: boolean }) {
  return required ? (
    <span className="required-mark" aria-hidden="true">
      *
    </span>
  ) : null;
}

/** A control's label with the required mark. */
export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: ReactNode;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      <RequiredMark required={required} />
    </label>
  );
}

/** The hint below a label, named by the control's aria-describedby. */
export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="hint">
      {hint}
    </p>
  ) : null;
}

/** The field's translated errors, joined, named by the control's aria-describedby; nothing without errors. */
export function FieldErrors({
  id,
  errors,
  role,
}: {
  id?: string;
  errors: readonly string[];
  role?: 'alert';
}) {
  return errors.length ? (
    <p id={id} className="error-text" role={role}>
      {errors.join(' ')}
    </p>
  ) : null;
}

/** An aria-describedby value from the ids that are present, in order; undefined when none is. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/**
 * The attributes that tie a control to its field: name, required (also for assistive technology),
 * invalid while it has errors, and described by its hint (`${id}-hint`) and errors (`${id}-error`).
 */
export function controlProps({
  id,
  name,
  hint,
  errors,
  required,
}: {
  id: string;
  name: string;
  hint?: ReactNode;
  errors: readonly string[];
  required?: boolean;
}) {
  return {
    id,
    name,
    required,
    'aria-required': required || undefined,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': describedBy(hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null),
  } as const;
}
