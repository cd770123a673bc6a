'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link } from '@/lib/i18n/navigation';
import { requestResetSchema, resetChannels, resetPasswordSchema } from '@/lib/validation/recovery';
import { requestResetAction, resetPasswordAction } from './actions';
import { merged, summary, useClientCheck } from './recovery-form-parts';

// The browser's copy of the schema; the action adds the common-password check.
const browserResetSchema = resetPasswordSchema();

export function PasswordRecovery({ locale }: { locale: string }) {
  const t = useTranslations('recovery');
  const te = useTranslations('errors');
  const [requested, requestAction] = useActionState(requestResetAction, null);
  const [reset, resetAction] = useActionState(resetPasswordAction, null);
  const request = useClientCheck(requestResetSchema);
  const change = useClientCheck(browserResetSchema);
  const [restart, setRestart] = useState(0);

  if (reset?.ok) {
    return (
      <div className="success-box stack" role="status">
        <p>{t('resetDone')}</p>
        <p>
          <Link href="/login" className="button button-primary">
            {t('goToLogin')}
          </Link>
        </p>
      </div>
    );
  }

  const codeSent = requested?.ok && restart === 0;
  if (!codeSent) {
    const errors = merged(requested, request.errors);
    const values = requested?.values ?? {};
    return (
      <form action={requestAction} onSubmit={request.onSubmit} noValidate className="stack">
        <ErrorSummary
          items={summary(te, requested, errors, {
            nationalCode: 'reset-id',
            channel: 'reset-channel-sms',
            altcha: 'reset-altcha',
          })}
        />
        <input type="hidden" name="locale" value={locale} />
        <Field
          id="reset-id"
          name="nationalCode"
          type="text"
          label={t('identifierLabel')}
          hint={t('identifierHint')}
          required
          ltr
          autoComplete="username"
          inputMode={locale === 'fa' ? 'numeric' : undefined}
          defaultValue={values.nationalCode ?? ''}
          errors={(errors.nationalCode ?? []).map((k) => te(k as 'generic'))}
        />
        <fieldset className="field" aria-describedby={errors.channel ? 'reset-channel-error' : undefined}>
          <legend>{t('channelLabel')}</legend>
          {resetChannels.map((c) => (
            <label key={c} className="choice">
              <input
                type="radio"
                id={`reset-channel-${c}`}
                name="channel"
                value={c}
                defaultChecked={(values.channel ?? 'sms') === c}
              />{' '}
              {t(`channels.${c}`)}
            </label>
          ))}
          {errors.channel ? (
            <p id="reset-channel-error" className="error-text">
              {te('channelRequired')}
            </p>
          ) : null}
        </fieldset>
        <Captcha
          id="reset-altcha"
          purpose="recovery"
          errors={(errors.altcha ?? []).map((k) => te(k as 'generic'))}
          refreshKey={requested}
        />
        <div className="button-row">
          <SubmitButton>{t('sendCode')}</SubmitButton>
        </div>
      </form>
    );
  }

  const values = { ...(requested.values ?? {}), ...(reset?.values ?? {}) };
  const errors = merged(reset, change.errors);
  const msgs = (f: string) => (errors[f] ?? []).map((k) => te(k as 'generic'));
  return (
    <form action={resetAction} onSubmit={change.onSubmit} noValidate className="stack">
      <p className="notice" role="status">
        {t('codeSent')}
      </p>
      <ErrorSummary
        items={summary(te, reset, errors, {
          code: 'reset-code',
          password: 'reset-password',
          passwordConfirm: 'reset-password-confirm',
        })}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="nationalCode" value={values.nationalCode ?? ''} />
      <input type="hidden" name="channel" value={values.channel ?? 'sms'} />
      <Field
        id="reset-code"
        name="code"
        type="text"
        label={t('codeLabel')}
        required
        ltr
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        errors={msgs('code')}
      />
      <Field
        id="reset-password"
        name="password"
        type="password"
        label={t('newPasswordLabel')}
        hint={t('passwordHint')}
        required
        ltr
        autoComplete="new-password"
        errors={msgs('password')}
      />
      <Field
        id="reset-password-confirm"
        name="passwordConfirm"
        type="password"
        label={t('confirmLabel')}
        required
        ltr
        autoComplete="new-password"
        errors={msgs('passwordConfirm')}
      />
      <div className="button-row">
        <SubmitButton>{t('changePassword')}</SubmitButton>
        <button type="button" className="button button-quiet" onClick={() => setRestart((n) => n + 1)}>
          {t('newCode')}
        </button>
      </div>
    </form>
  );
}
