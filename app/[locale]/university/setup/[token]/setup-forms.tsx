'use client';

import { useTranslations } from 'next-intl';
import NextLink from 'next/link';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import { totpSchema } from '@/lib/staff/staff-password-schema';
import { PasswordPairForm } from '../../_components/password-pair-form';
import { confirmTotpAction, setupPasswordAction } from './actions';

export function SetupPasswordForm({ token }: { token: string }) {
  const t = useTranslations('staff.setup');
  return (
    <PasswordPairForm
      formId="setup"
      action={setupPasswordAction}
      labels={{
        password: t('password'),
        hint: t('passwordHint'),
        confirm: t('passwordConfirm'),
        submit: t('savePassword'),
      }}
    >
      <input type="hidden" name="token" value={token} />
    </PasswordPairForm>
  );
}

/**
 * The QR code and the same secret as text, then the first code. Once confirmed, the secret and QR code
 * disappear and the ten recovery codes are shown, once.
 */
export function EnrollTotpForm({
  token,
  loginHref,
  secret,
  qrSvg,
}: {
  token: string;
  loginHref: string;
  secret: string;
  /** SVG generated on the server by the qrcode library from our own otpauth:// URI. */
  qrSvg: string;
}) {
  const t = useTranslations('staff.setup');
  const f = useSchemaForm('enroll', totpSchema, confirmTotpAction, { fieldOrder: ['totp'] });
  if (f.state?.ok) {
    return (
      <div className="stack">
        <p className="success-box" role="status">
          {t('done')}
        </p>
        <h2>{t('recoveryTitle')}</h2>
        <p>{t('recoveryIntro')}</p>
        <ul className="recovery-codes" dir="ltr" aria-label={t('recoveryTitle')}>
          {f.state.data.recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p>
          <NextLink className="button button-primary" href={loginHref}>
            {t('goToLogin')}
          </NextLink>
        </p>
      </div>
    );
  }
  return (
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary items={f.summary} />
      <p>{t('scan')}</p>
      <div
        className="qr-code"
        role="img"
        aria-label={t('qrLabel')}
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>{t('manual')}</p>
      <p className="secret-text" dir="ltr" data-testid="totp-secret">
        <code>{secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <input type="hidden" name="token" value={token} />
      <Field
        id={f.id('totp')}
        name="totp"
        label={t('totp')}
        hint={t('totpHint')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={20}
        required
        ltr
        errors={f.errorsFor('totp')}
      />
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('confirm')}</SubmitButton>
      </div>
    </form>
  );
}
