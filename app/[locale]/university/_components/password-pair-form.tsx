'use client';

import type { ReactNode } from 'react';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { FieldList, type FieldSpec } from '@/app/_components/form/field-list';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import type { ActionResult } from '@/lib/validation/result';
import { staffPasswordSchema } from '@/lib/staff/staff-password-schema';

const schema = staffPasswordSchema();

interface Props<T> {
  formId: string;
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  labels: { current?: string; password: string; hint: string; confirm: string; submit: string };
  /** Hidden inputs the action needs (the setup token). */
  children?: ReactNode;
  /** Shown after a successful save, when the form stays on the page. */
  success?: ReactNode;
}

/**
 * A staff member's new password, typed twice (the setup link and «تغییر رمز عبور»): with `labels.current`
 * the current password is asked first. The browser runs the staff password schema without the
 * common-password list; the server action runs it with the list.
 */
export function PasswordPairForm<T>({ formId, action, labels, children, success }: Props<T>) {
  const fields: FieldSpec[] = [
    ...(labels.current
      ? [{ name: 'currentPassword', label: labels.current, autoComplete: 'current-password' }]
      : []),
    { name: 'password', label: labels.password, hint: labels.hint, autoComplete: 'new-password' },
    { name: 'passwordConfirm', label: labels.confirm, autoComplete: 'new-password' },
  ].map((field) => ({ ...field, type: 'password', required: true, ltr: true }));
  const f = useSchemaForm(formId, schema, action, { fieldOrder: fields.map((field) => field.name) });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      {children}
      {f.state?.ok && success ? (
        <p className="success-box" role="status">
          {success}
        </p>
      ) : null}
      <FieldList form={f} fields={fields} />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
