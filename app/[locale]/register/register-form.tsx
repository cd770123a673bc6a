'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldError, type FieldErrors as FormErrors, type Resolver } from 'react-hook-form';
import { BirthDateInput } from '@/app/_components/form/birth-date-input';
import { Captcha, proofWhenReady } from '@/app/_components/form/captcha';
import { CodeInput, type SendResult } from '@/app/_components/form/code-input';
import { ErrorSummary, type SummaryItem } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';
import { passwordStrength } from '@/lib/validation/password-rules';
import type { RegisterChecks } from '@/lib/validation/register';
import { REGISTER_FIELD_ORDER, RULES_VERSION } from '@/lib/validation/register-fields';
import type { ActionResult, FieldErrors } from '@/lib/validation/result';
import { registerAction, sendRegistrationCodeAction, type RegisterActionData } from './actions';

const RULES = ['1', '2', '3', '4', '5'] as const;

/** The schema's chunk (zod, the Jalali calendar), fetched once. */
let resolverModule: Promise<typeof import('./register-resolver')> | undefined;
const loadResolver = () =>
  (resolverModule ??= import('./register-resolver').catch((error: unknown) => {
    // A failed download is tried again at the next check.
    resolverModule = undefined;
    throw error;
  }));

/** What the inputs hold, by their stable field names (outside acceptance tests rely on them; all strings, as typed). */
type RegisterFormValues = {
  rulesAccepted: string;
  nationality: string;
  firstName: string;
  lastName: string;
  nationalCode: string;
  passportNumber: string;
  citizenship: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  mobile: string;
  email: string;
  password: string;
  passwordConfirm: string;
  mobileCode: string;
  emailCode: string;
  /** The human check's proof, mirrored from the widget's hidden `altcha` field. */
  altcha: string;
};

const EMPTY: RegisterFormValues = {
  rulesAccepted: '',
  nationality: 'IR',
  firstName: '',
  lastName: '',
  nationalCode: '',
  passportNumber: '',
  citizenship: '',
  birthDay: '',
  birthMonth: '',
  birthYear: '',
  mobile: '',
  email: '',
  password: '',
  passwordConfirm: '',
  mobileCode: '',
  emailCode: '',
  altcha: '',
};

/**
 * The schema judges the birth date as one value (`birthDate`) but it is typed in three inputs. Its
 * error is kept on the last part, `birthYear`, so it appears when the applicant leaves the year (not
 * while still typing the day); the day and month re-check it once it is showing.
 */
const BIRTH_DATE_HOLDER = 'birthYear';
const formName = (schemaName: string) => (schemaName === 'birthDate' ? BIRTH_DATE_HOLDER : schemaName);
const schemaName = (name: string) => (name === BIRTH_DATE_HOLDER ? 'birthDate' : name);

/** Where the summary link of each error key takes the focus. */
const FIELD_TARGET: Record<string, string> = { birthDate: 'birthDay', rulesAccepted: 'rulesAccepted' };

/** Every message key of a field error (criteriaMode 'all' keeps all of them, as the server does). */
function keysOf(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = error.types
    ? Object.values(error.types).flatMap((v) => (Array.isArray(v) ? v : [v]))
    : [error.message];
  return [...new Set(all.filter((k): k is string => typeof k === 'string' && k.length > 0))];
}

function toFieldErrors(errors: FormErrors<RegisterFormValues>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, error] of Object.entries(errors)) {
    const keys = keysOf(error as FieldError | undefined);
    if (keys.length) out[schemaName(name)] = keys;
  }
  return out;
}

export function RegisterForm({
  locale,
  countries,
}: {
  locale: Locale;
  countries: Array<{ code: string; name: string }>;
}) {
  const t = useTranslations('register');
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const router = useRouter();
  const iranian = locale === 'fa';
  const kind = iranian ? 'iranian' : 'international';
  const [state, formAction, isPending] = useActionState<ActionResult<RegisterActionData> | null, FormData>(
    registerAction.bind(null, locale),
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const [agreed, setAgreed] = useState(false);
  const [strength, setStrength] = useState(passwordStrength(''));
  /** Whether the last submit was stopped in the browser (then the server's last answer is stale). */
  const [refusedByClient, setRefusedByClient] = useState(false);
  /** Bumped on every submit and every server answer, so the summary takes focus again. */
  const [attempt, setAttempt] = useState(0);

  // The en form's phone and citizenship checks need libphonenumber-js: loaded after the first render,
  // so the fa form never downloads it and the en form's first load stays light. Until it arrives the
  // schema checks the number's shape only; the server always runs the full checks.
  const [checks, setChecks] = useState<RegisterChecks>({});
  useEffect(() => {
    if (iranian) return;
    let live = true;
    void import('@/lib/validation/international-checks').then((m) => {
      if (live) setChecks(m.internationalChecks);
    });
    return () => {
      live = false;
    };
  }, [iranian]);
  useEffect(() => {
    void loadResolver();
  }, []);

  // The very schema the server action runs; the server stays the authority and re-validates. It comes
  // with zod and the Jalali calendar in a chunk of its own, fetched after the first render (below) or
  // at the first check, whichever is first; a check waits for it.
  const resolver = useMemo<Resolver<RegisterFormValues>>(() => {
    const today = new Date();
    let base: Promise<Resolver<RegisterFormValues>> | undefined;
    return async (values, context, options) => {
      base ??= loadResolver().then(
        (m) => m.registerResolver(kind, today, checks) as unknown as Resolver<RegisterFormValues>,
        (error: unknown) => {
          base = undefined;
          throw error;
        },
      );
      const result = await (await base)(values, context, options);
      const { birthDate, ...rest } = result.errors as Record<string, FieldError | undefined>;
      if (!birthDate) return result;
      return {
        values: {},
        errors: { ...rest, [BIRTH_DATE_HOLDER]: birthDate } as FormErrors<RegisterFormValues>,
      };
    };
  }, [kind, checks]);

  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    trigger,
    getValues,
    formState: { errors, touchedFields, isSubmitted },
  } = useForm<RegisterFormValues>({
    resolver,
    mode: 'onTouched',
    criteriaMode: 'all',
    // The summary takes the focus, not the first field (the guide shows every error listed at the top of the form).
    shouldFocusError: false,
    defaultValues: EMPTY,
  });
  /** Bumped whenever the server may have spent the human check's proof, so the widget solves a new one. */
  const [humanCheckKey, setHumanCheckKey] = useState(0);

  // A server answer: its field errors join the form's (each clears once its field is fixed), and the
  // passwords are emptied — they are never echoed back. Nothing else is touched: the form is submitted
  // through startTransition, so React does not reset it and every other entry stays as typed.
  useEffect(() => {
    if (!state || state.ok) return;
    for (const [name, keys] of Object.entries(state.fieldErrors)) {
      setError(formName(name) as keyof RegisterFormValues, {
        type: 'server',
        message: keys[0],
        types: Object.fromEntries(keys.map((k, i) => [`server${i}`, k])),
      });
    }
    setValue('password', '');
    setValue('passwordConfirm', '');
    setStrength(passwordStrength(''));
    setRefusedByClient(false);
    setAttempt((n) => n + 1);
    setValue('altcha', '');
    setHumanCheckKey((n) => n + 1);
  }, [state, setError, setValue]);

  const fieldMessages = (name: string): string[] =>
    keysOf(errors[formName(name) as keyof RegisterFormValues]).map((key) => tv(key));
  /**
   * A field whose verdict depends on another one (the date on its parts, the repeat on the password)
   * is re-checked when that other one changes — but only once the applicant has reached it, so nothing
   * is reported about a field not yet filled in.
   */
  const recheck = (name: keyof RegisterFormValues) => ({
    onChange: () => {
      if (touchedFields[name] || isSubmitted) void trigger(name);
    },
  });

  const summary: SummaryItem[] = [];
  // After a submit the summary lists the errors as they are now, not as they were at the submit: each
  // one leaves the list as soon as its field is corrected (the fields re-validate on change), and the
  // server's errors are in the same place (setError above).
  const summaryErrors: FieldErrors = isSubmitted ? toFieldErrors(errors) : {};
  if (!refusedByClient && state && !state.ok && state.formError) {
    const key = state.formError;
    if (key === 'duplicateAccount') {
      const messageKey = iranian ? 'duplicateAccount' : 'duplicateAccountEmail';
      summary.push({
        message: t.markup(messageKey, { link: (chunks) => chunks }),
        content: t.rich(messageKey, {
          link: (chunks) => (
            <NextLink href={localizedPathname('/forgot-password', locale)}>{chunks}</NextLink>
          ),
        }),
      });
    } else if (key === 'rateLimited') {
      summary.push({ message: te('rateLimited', { seconds: Number(state.formErrorValues?.seconds ?? 60) }) });
    } else {
      summary.push({ message: te('generic') });
    }
  }
  for (const name of REGISTER_FIELD_ORDER) {
    for (const key of summaryErrors[name] ?? [])
      summary.push({ fieldId: FIELD_TARGET[name] ?? name, message: tv(key) });
  }

  const onSubmit = handleSubmit(
    () => {
      setRefusedByClient(false);
      const form = formRef.current;
      if (form) startTransition(() => formAction(new FormData(form)));
    },
    () => {
      setRefusedByClient(true);
      setAttempt((n) => n + 1);
    },
  );

  /**
   * Sends a code once its target passes the same field check as on submit (the server checks again)
   * and the human check is done: every code sent costs one solved proof, which the server spends.
   */
  async function sendCode(
    field: 'mobile' | 'email',
    request: (altcha: string) => Promise<SendResult>,
  ): Promise<SendResult> {
    if (!(await trigger(field))) {
      document.getElementById(field)?.focus();
      return { ok: false, message: t(field === 'mobile' ? 'enterMobileFirst' : 'enterEmailFirst') };
    }
    const proof = getValues('altcha') || (await proofWhenReady('altcha'));
    if (!proof) {
      document.getElementById('altcha')?.focus();
      return { ok: false, message: t('humanCheckFirst') };
    }
    try {
      const result = await request(proof);
      // A new code is on its way: "expired or incorrect" no longer describes the empty code field.
      if (result.ok) clearErrors(field === 'mobile' ? 'mobileCode' : 'emailCode');
      return result;
    } finally {
      setValue('altcha', '');
      setHumanCheckKey((n) => n + 1);
    }
  }
  const sendMobile = (channel: string) =>
    sendCode('mobile', (altcha) =>
      sendRegistrationCodeAction(locale, {
        channel,
        mobile: getValues('mobile'),
        nationalCode: getValues('nationalCode'),
        altcha,
      }),
    );
  const sendEmail = () =>
    sendCode('email', (altcha) =>
      sendRegistrationCodeAction(locale, { channel: 'email', email: getValues('email'), altcha }),
    );

  const citizenshipErrors = fieldMessages('citizenship');

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        // A human check still at work is waited for, not reported missing.
        void (async () => {
          if (!getValues('altcha')) {
            const proof = await proofWhenReady('altcha');
            if (proof) setValue('altcha', proof);
          }
          await onSubmit(event);
        })();
      }}
      noValidate
      className="stack"
    >
      <ErrorSummary items={summary} focusKey={attempt} />
      <section className="card stack" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('rulesTitle')}</h2>
        <p>{t('rulesIntro')}</p>
        <ol className="steps">
          {RULES.map((k) => (
            <li key={k}>
              {t.rich(`rules.${k}`, {
                link: (chunks) => (
                  <NextLink href={localizedPathname('/register', iranian ? 'en' : 'fa')}>{chunks}</NextLink>
                ),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </li>
          ))}
        </ol>
        <p>
          <NextLink href={localizedPathname('/guide', locale)}>{t('guideLink')}</NextLink>
        </p>
        <div className="checkbox-field">
          {/* Kept in state (not left to the DOM), so it stays ticked whatever happens to the form. */}
          <input
            id="rulesAccepted"
            name="rulesAccepted"
            type="checkbox"
            value={RULES_VERSION}
            checked={agreed}
            onChange={(e) => {
              setAgreed(e.target.checked);
              setValue('rulesAccepted', e.target.checked ? RULES_VERSION : '');
            }}
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
                  {...register('nationality', {
                    onChange: (e: { target: { value: string } }) => {
                      if (e.target.value !== 'IR') router.push(localizedPathname('/register', 'en'));
                    },
                  })}
                >
                  <option value="IR">{t('nationalityIranian')}</option>
                  <option value="other">{t('nationalityOther')}</option>
                </select>
              </div>
            ) : null}
            <Field
              id="firstName"
              label={t('firstName')}
              hint={t('nameHint')}
              autoComplete="given-name"
              required
              errors={fieldMessages('firstName')}
              {...register('firstName')}
            />
            <Field
              id="lastName"
              label={t('lastName')}
              hint={t('nameHint')}
              autoComplete="family-name"
              required
              errors={fieldMessages('lastName')}
              {...register('lastName')}
            />
            {iranian ? (
              <Field
                id="nationalCode"
                label={t('nationalCode')}
                hint={t('nationalCodeHint')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                ltr
                required
                errors={fieldMessages('nationalCode')}
                {...register('nationalCode')}
              />
            ) : (
              <>
                <Field
                  id="passportNumber"
                  label={t('passportNumber')}
                  autoComplete="off"
                  maxLength={24}
                  ltr
                  required
                  errors={fieldMessages('passportNumber')}
                  {...register('passportNumber')}
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
                    autoComplete="country"
                    required
                    aria-required
                    aria-invalid={citizenshipErrors.length ? true : undefined}
                    aria-describedby={citizenshipErrors.length ? 'citizenship-error' : undefined}
                    {...register('citizenship')}
                  >
                    <option value="">{t('citizenshipPlaceholder')}</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                  {citizenshipErrors.length ? (
                    <p id="citizenship-error" className="error-text">
                      {citizenshipErrors.join(' ')}
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
            registrations={{
              birthDay: register('birthDay', recheck(BIRTH_DATE_HOLDER)),
              birthMonth: register('birthMonth', recheck(BIRTH_DATE_HOLDER)),
              birthYear: register('birthYear'),
            }}
          />
          <div className="form-grid">
            <Field
              id="mobile"
              type="tel"
              label={t('mobile')}
              hint={t('mobileHint')}
              inputMode="tel"
              autoComplete="tel"
              maxLength={24}
              ltr
              required
              errors={fieldMessages('mobile')}
              {...register('mobile')}
            />
            <Field
              id="email"
              type="email"
              label={t('email')}
              hint={t('emailHint')}
              autoComplete="email"
              maxLength={254}
              ltr
              required
              errors={fieldMessages('email')}
              {...register('email')}
            />
            <Field
              id="password"
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
              errors={fieldMessages('password')}
              {...register('password', {
                onChange: (e: { target: { value: string } }) => {
                  setStrength(passwordStrength(e.target.value));
                  recheck('passwordConfirm').onChange();
                },
              })}
            />
            <Field
              id="passwordConfirm"
              type="password"
              label={t('passwordConfirm')}
              autoComplete="new-password"
              maxLength={128}
              ltr
              required
              errors={fieldMessages('passwordConfirm')}
              {...register('passwordConfirm')}
            />
          </div>
          <CodeInput
            name="mobileCode"
            legend={t('mobileCodeSection')}
            intro={t('mobileCodeIntro')}
            label={t('codeLabel')}
            locale={locale}
            buttons={[
              { channel: 'sms', label: t('sendSms'), sentMessage: t('sentSms') },
              { channel: 'voice', label: t('sendVoice'), sentMessage: t('sentVoice') },
            ]}
            onSend={sendMobile}
            errors={fieldMessages('mobileCode')}
            registration={register('mobileCode')}
          />
          <CodeInput
            name="emailCode"
            legend={t('emailCodeSection')}
            intro={t('emailCodeIntro')}
            label={t('codeLabel')}
            locale={locale}
            buttons={[{ channel: 'email', label: t('sendEmail'), sentMessage: t('sentEmail') }]}
            onSend={sendEmail}
            errors={fieldMessages('emailCode')}
            registration={register('emailCode')}
          />
          <Captcha
            purpose="register"
            errors={fieldMessages('altcha')}
            refreshKey={humanCheckKey}
            onProofChange={(proof) => setValue('altcha', proof, { shouldValidate: isSubmitted })}
          />
          <div className="button-row">
            <SubmitButton pending={isPending}>{t('submit')}</SubmitButton>
          </div>
        </section>
      ) : null}
    </form>
  );
}
