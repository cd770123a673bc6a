'use client';

import { useTranslations } from 'next-intl';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { remindUsernameSchema } from '@/lib/validation/recovery';
import { remindUsernameAction } from './actions';

/** «یادآوری نام کاربری»: the answer is the same whether or not an account matches. */
export function UsernameReminder() {
  const t = useTranslations('recovery');
  const f = useSchemaForm('username', remindUsernameSchema, remindUsernameAction, {
    fieldOrder: ['contact', 'altcha'],
  });
  if (f.state?.ok) {
    return (
      <p className="success-box" role="status">
        {t('usernameSent')}
      </p>
    );
  }
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary items={f.summary} />
      <Field
        id={f.id('contact')}
        name="contact"
        type="text"
        label={t('contactLabel')}
        hint={t('contactHint')}
        required
        ltr
        autoComplete="email"
        defaultValue={f.value('contact')}
        errors={f.errorsFor('contact')}
      />
      <Captcha id={f.id('altcha')} purpose="recovery" errors={f.errorsFor('altcha')} refreshKey={f.state} />
      <div className="button-row">
        <SubmitButton>{t('sendUsername')}</SubmitButton>
      </div>
    </form>
  );
}
