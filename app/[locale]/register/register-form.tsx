'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState, type FormEvent } from 'react';
import { BirthDateInput } from '@/app/_components/form/birth-date-input';
import { Captcha } from '@/app/_components/form/captcha';
import { CodeInput } from '@/app/_components/form/code-input';
import { ErrorSummary, type SummaryItem } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { Link, useRouter } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { passwordStrength } from '@/lib/validation/password';
import { REGISTER_FIELD_ORDER, registerSchema, RULES_VERSION } from '@/lib/validation/register';
import { fieldErrorsFromIssues, type ActionResult, type FieldErrors } from '@/lib/validation/result';
import { registerAction, sendRegistrationCodeAction, type RegisterActionData } from './actions';

const RULES = ['1', '2', '3', '4', '5'] as const;

/** Where the summary link of each error key takes the focus. */
const FIELD_TARGET: Record<string, string> = { birthDate: 'birthDay', rulesAccepted: 'rulesAccepted' };

export function RegisterForm({
  locale,
  countries,
  completionDays,
  supportEmail,
}: {
  locale: Locale;
  countries: Array<{ code: string; name: string }>;
  completionDays: number;
  supportEmail: string;
}) {
  const t = useTranslations('register');
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const router = useRouter();
  const iranian = locale === 'fa';
  const kind = iranian ? 'iranian' : 'international';
  const [state, formAction] = useActionState<ActionResult<RegisterActionData> | null, FormData>(
    registerAction.bind(null, locale),
    null,
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [agreed, setAgreed] = useState(false);
  const [strength, setStrength] = useState(passwordStrength(''));
  const formRef = useRef<HTMLFormElement>(null);

  if (state?.ok) {
    return (
      <section className="success-box stack" aria-labelledby="register-success-title">
        <h2 id="register-success-title" tabIndex={-1}>
          {t('successTitle')}
        </h2>
        <p>{t('successBody', { username: state.data.username })}</p>
        <p>{t('successDeadline', { days: completionDays })}</p>
        <div className="button-row">
          <Link href="/dashboard" className="button button-primary">
            {t('completeNow')}
          </Link>
          <Link href="/login" className="button">
            {t('completeLater')}
          </Link>
        </div>
      </section>
    );
  }

  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const errors: FieldErrors = clientErrors ?? serverErrors;
  const values = (state && !state.ok ? state.values : undefined) ?? {};
  const fieldMessages = (name: string) => (errors[name] ?? []).map((key) => tv(key));

  const summary: SummaryItem[] = [];
  if (!clientErrors && state && !state.ok && state.formError) {
    const key = state.formError;
    if (key === 'duplicateAccount') {
      const messageKey = iranian ? 'duplicateAccount' : 'duplicateAccountEmail';
      summary.push({
        message: t.markup(messageKey, { link: (chunks) => chunks }),
        content: t.rich(messageKey, { link: (chunks) => <Link href="/forgot-password">{chunks}</Link> }),
      });
    } else if (key === 'rateLimited') {
      summary.push({ message: te('rateLimited', { seconds: Number(state.formErrorValues?.seconds ?? 60) }) });
    } else {
      summary.push({ message: te('generic') });
    }
  }
  for (const name of REGISTER_FIELD_ORDER) {
    for (const message of fieldMessages(name)) summary.push({ fieldId: FIELD_TARGET[name] ?? name, message });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    setSubmitCount((n) => n + 1);
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = registerSchema(kind).safeParse(data);
    if (!parsed.success) {
      // Same schema as the server: show everything now and skip the round trip.
      event.preventDefault();
      setClientErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setClientErrors(null);
  }

  function current(name: string): string {
    const el = formRef.current?.elements.namedItem(name);
    return el instanceof HTMLInputElement ? el.value : '';
  }

  const sendMobile = (channel: string) =>
    sendRegistrationCodeAction(locale, {
      channel,
      mobile: current('mobile'),
      nationalCode: current('nationalCode'),
    });
  const sendEmail = () => sendRegistrationCodeAction(locale, { channel: 'email', email: current('email') });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <ErrorSummary items={summary} focusKey={submitCount + (state ? 0.5 : 0)} />
      <section className="card stack" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('rulesTitle')}</h2>
        <p>{t('rulesIntro')}</p>
        <ol className="steps">
          {RULES.map((k) => (
            <li key={k}>
              {t.rich(`rules.${k}`, {
                link: (chunks) => (
                  <Link href="/register" locale={iranian ? 'en' : 'fa'}>
                    {chunks}
                  </Link>
                ),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ol>
        <p>
          <Link href="/guide">{t('guideLink')}</Link>
        </p>
        <div className="checkbox-field">
          <input
            id="rulesAccepted"
            name="rulesAccepted"
            type="checkbox"
            value={RULES_VERSION}
            checked={agreed}
            onChange={(e) => setAgreed(e.target.checked)}
          />
          <label htmlFor="rulesAccepted">{t('agree')}</label>
        </div>
      </section>

      {agreed ? (
        <section className="card stack" aria-labelledby="form-title">
          <h2 id="form-title">{t('formTitle')}</h2>
          <p className="hint">{t('requiredNote')}</p>
          <div className="form-grid">
            {iranian ? (
              <div className="field">
                <label htmlFor="nationality">
                  {t('nationality')}
                  <span className="required-mark" aria-hidden="true">
                    *
                  </span>
                </label>
                <select
                  id="nationality"
                  name="nationality"
                  defaultValue="IR"
                  onChange={(e) => {
                    if (e.target.value !== 'IR') router.push('/register', { locale: 'en' });
                  }}
                >
                  <option value="IR">{t('nationalityIranian')}</option>
                  <option value="other">{t('nationalityOther')}</option>
                </select>
              </div>
            ) : null}
            <Field
              id="firstName"
              name="firstName"
              label={t('firstName')}
              hint={t('nameHint')}
              autoComplete="given-name"
              required
              defaultValue={values.firstName}
              errors={fieldMessages('firstName')}
            />
            <Field
              id="lastName"
              name="lastName"
              label={t('lastName')}
              hint={t('nameHint')}
              autoComplete="family-name"
              required
              defaultValue={values.lastName}
              errors={fieldMessages('lastName')}
            />
            {iranian ? (
              <Field
                id="nationalCode"
                name="nationalCode"
                label={t('nationalCode')}
                hint={t('nationalCodeHint')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                ltr
                required
                defaultValue={values.nationalCode}
                errors={fieldMessages('nationalCode')}
              />
            ) : (
              <>
                <Field
                  id="passportNumber"
                  name="passportNumber"
                  label={t('passportNumber')}
                  autoComplete="off"
                  maxLength={24}
                  ltr
                  required
                  defaultValue={values.passportNumber}
                  errors={fieldMessages('passportNumber')}
                />
                <div className="field">
                  <label htmlFor="citizenship">
                    {t('citizenship')}
                    <span className="required-mark" aria-hidden="true">
                      *
                    </span>
                  </label>
                  <select
                    id="citizenship"
                    name="citizenship"
                    autoComplete="country"
                    defaultValue={values.citizenship ?? ''}
                    required
                    aria-required
                    aria-invalid={fieldMessages('citizenship').length ? true : undefined}
                    aria-describedby={fieldMessages('citizenship').length ? 'citizenship-error' : undefined}
                  >
                    <option value="">{t('citizenshipPlaceholder')}</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                  {fieldMessages('citizenship').length ? (
                    <p id="citizenship-error" className="error-text">
                      {fieldMessages('citizenship').join(' ')}
                    </p>
                  ) : null}
                </div>
              </>
            )}
          </div>
          <BirthDateInput
            calendar={iranian ? 'jalali' : 'gregorian'}
            locale={locale}
            errors={fieldMessages('birthDate')}
            defaultValues={values}
          />
          <div className="form-grid">
            <Field
              id="mobile"
              name="mobile"
              type="tel"
              label={t('mobile')}
              hint={t('mobileHint')}
              inputMode="tel"
              autoComplete="tel"
              maxLength={24}
              ltr
              required
              defaultValue={values.mobile}
              errors={fieldMessages('mobile')}
            />
            <Field
              id="email"
              name="email"
              type="email"
              label={t('email')}
              hint={t('emailHint')}
              autoComplete="email"
              maxLength={254}
              ltr
              required
              defaultValue={values.email}
              errors={fieldMessages('email')}
            />
            <Field
              id="password"
              name="password"
              type="password"
              label={t('password')}
              hint={
                <>
                  {t('passwordHint')}
                  <span className="strength" aria-live="polite" data-strength={strength}>
                    {strength === 'empty' ? '' : ` — ${t(`strength.${strength}`)}`}
                  </span>
                </>
              }
              autoComplete="new-password"
              maxLength={128}
              ltr
              required
              onChange={(e) => setStrength(passwordStrength(e.target.value))}
              errors={fieldMessages('password')}
            />
            <Field
              id="passwordConfirm"
              name="passwordConfirm"
              type="password"
              label={t('passwordConfirm')}
              autoComplete="new-password"
              maxLength={128}
              ltr
              required
              errors={fieldMessages('passwordConfirm')}
            />
          </div>
          <CodeInput
            name="mobileCode"
            legend={t('mobileCodeSection')}
            intro={t('mobileCodeIntro')}
            label={t('mobileCode')}
            locale={locale}
            buttons={[
              { channel: 'sms', label: t('sendSms'), sentMessage: t('sentSms') },
              { channel: 'voice', label: t('sendVoice'), sentMessage: t('sentVoice') },
            ]}
            onSend={sendMobile}
            defaultValue={values.mobileCode}
            errors={fieldMessages('mobileCode')}
          />
          <CodeInput
            name="emailCode"
            legend={t('emailCodeSection')}
            intro={t('emailCodeIntro')}
            label={t('emailCode')}
            locale={locale}
            buttons={[{ channel: 'email', label: t('sendEmail'), sentMessage: t('sentEmail') }]}
            onSend={sendEmail}
            defaultValue={values.emailCode}
            errors={fieldMessages('emailCode')}
          />
          <Captcha errors={fieldMessages('captcha')} refreshKey={state} />
          <p className="hint">{t('captchaAccessibility', { email: supportEmail })}</p>
          <div className="button-row">
            <SubmitButton>{t('submit')}</SubmitButton>
          </div>
        </section>
      ) : null}
    </form>
  );
}
