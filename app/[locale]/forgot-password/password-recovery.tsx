'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { Link } from '@/lib/i18n/navigation';
import { requestResetSchema, resetChannels, resetPasswordSchema } from '@/lib/validation/recovery';
import { requestResetAction, resetPasswordAction } from './actions';

// The browser's copy of the schema; the action adds the common-password check.
const browserResetSchema = resetPasswordSchema();

export function PasswordRecovery({ locale }: { locale: string }) {
  const t = useTranslations('recovery');
  const request = useSchemaForm('reset', requestResetSchema, requestResetAction, {
    fieldOrder: ['nationalCode', 'channel', 'altcha'],
    ids: { nationalCode: 'reset-id', channel: 'reset-channel-sms' },
  });
  const change = useSchemaForm('reset', browserResetSchema, resetPasswordAction, {
    fieldOrder: ['code', 'password', 'passwordConfirm'],
    ids: { passwordConfirm: 'reset-password-confirm' },
  });
  const requested = request.state;
  const reset = change.state;
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
    const channelErrors = request.errorsFor('channel');
    return (
      <form action={request.formAction} onSubmit={request.onSubmit} noValidate className="stack">
        <ErrorSummary items={request.summary} />
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
          defaultValue={request.value('nationalCode')}
          errors={request.errorsFor('nationalCode')}
        />
        <fieldset
          className="field"
          aria-describedby={channelErrors.length ? 'reset-channel-error' : undefined}
        >
          <legend>{t('channelLabel')}</legend>
          {resetChannels.map((c) => (
            <label key={c} className="choice">
              <input
                type="radio"
                id={`reset-channel-${c}`}
                name="channel"
                value={c}
                defaultChecked={(request.value('channel') || 'sms') === c}
              />{' '}
              {t(`channels.${c}`)}
            </label>
          ))}
          {channelErrors.length ? (
            <p id="reset-channel-error" className="error-text">
              {channelErrors[0]}
            </p>
          ) : null}
        </fieldset>
        <Captcha
          id={request.id('altcha')}
          purpose="recovery"
          errors={request.errorsFor('altcha')}
          refreshKey={requested}
        />
        <div className="button-row">
          <SubmitButton>{t('sendCode')}</SubmitButton>
        </div>
      </form>
    );
  }

  const values = { ...(requested.values ?? {}), ...(reset?.values ?? {}) };
  return (
    <form action={change.formAction} onSubmit={change.onSubmit} noValidate className="stack">
      <p className="notice" role="status">
        {t('codeSent')}
      </p>
      <ErrorSummary items={change.summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="nationalCode" value={values.nationalCode ?? ''} />
      <input type="hidden" name="channel" value={values.channel ?? 'sms'} />
      <Field
        id={change.id('code')}
        name="code"
        type="text"
        label={t('codeLabel')}
        required
        ltr
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        errors={change.errorsFor('code')}
      />
      <Field
        id={change.id('password')}
        name="password"
        type="password"
        label={t('newPasswordLabel')}
        hint={t('passwordHint')}
        required
        ltr
        autoComplete="new-password"
        errors={change.errorsFor('password')}
      />
      <Field
        id={change.id('passwordConfirm')}
        name="passwordConfirm"
        type="password"
        label={t('confirmLabel')}
        required
        ltr
        autoComplete="new-password"
        errors={change.errorsFor('passwordConfirm')}
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
