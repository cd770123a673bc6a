'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { remindUsernameSchema } from '@/lib/validation/recovery';
import { remindUsernameAction } from './actions';
import { merged, summary, useClientCheck } from './recovery-form-parts';

export function UsernameReminder() {
  const t = useTranslations('recovery');
  const te = useTranslations('errors');
  const [state, action] = useActionState(remindUsernameAction, null);
  const check = useClientCheck(remindUsernameSchema);
  if (state?.ok) {
    return (
      <p className="success-box" role="status">
        {t('usernameSent')}
      </p>
    );
  }
  const errors = merged(state, check.errors);
  return (
    <form action={action} onSubmit={check.onSubmit} noValidate className="stack">
      <ErrorSummary
        items={summary(te, state, errors, { contact: 'username-contact', altcha: 'username-altcha' })}
      />
      <Field
        id="username-contact"
        name="contact"
        type="text"
        label={t('contactLabel')}
        hint={t('contactHint')}
        required
        ltr
        autoComplete="email"
        defaultValue={state?.values?.contact ?? ''}
        errors={(errors.contact ?? []).map((k) => te(k as 'generic'))}
      />
      <Captcha
        id="username-altcha"
        purpose="recovery"
        errors={(errors.altcha ?? []).map((k) => te(k as 'generic'))}
        refreshKey={state}
      />
      <div className="button-row">
        <SubmitButton>{t('sendUsername')}</SubmitButton>
      </div>
    </form>
  );
}
