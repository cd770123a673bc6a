'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/[locale]/dashboard/_components/use-schema-form';
import { staffPasswordSchema } from '@/lib/staff/staff-password-schema';
import { changeStaffPasswordAction } from './actions';

const schema = staffPasswordSchema();

export function StaffPasswordForm() {
  const t = useTranslations('staff.account');
  const f = useSchemaForm('staff-password', schema, changeStaffPasswordAction, {
    fieldOrder: ['currentPassword', 'password', 'passwordConfirm'],
  });
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" key={f.version}>
      <ErrorSummary items={f.summary} />
      {f.state?.ok ? (
        <p className="success-box" role="status">
          {t('changed')}
        </p>
      ) : null}
      <Field
        id={f.id('currentPassword')}
        name="currentPassword"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        ltr
        errors={f.errorsFor('currentPassword')}
      />
      <Field
        id={f.id('password')}
        name="password"
        type="password"
        label={t('newPassword')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        required
        ltr
        errors={f.errorsFor('password')}
      />
      <Field
        id={f.id('passwordConfirm')}
        name="passwordConfirm"
        type="password"
        label={t('passwordConfirm')}
        autoComplete="new-password"
        required
        ltr
        errors={f.errorsFor('passwordConfirm')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
