'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { BirthDateInput } from '@/app/_components/form/birth-date-input';
import { Captcha, proofWhenReady } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useMoveOnSuccess } from '@/app/_components/form/use-move-on-success';
import type { Locale } from '@/lib/i18n/routing';
import { RULES_VERSION } from '@/lib/validation/register-fields';
import type { ActionResult } from '@/lib/validation/result';
import type { Moved } from '@/lib/actions/states';
import { registerAction } from './actions';
import { RegisterCodes } from './register-codes';
import { RegisterContactFields } from './register-contact-fields';
import {
  BIRTH_DATE_HOLDER,
  EMPTY,
  formName,
  keysOf,
  loadResolver,
  toFieldErrors,
  useInternationalChecks,
  useRegisterResolver,
  useServerAnswer,
  type RegisterFormValues,
} from './register-form-model';
import { RegisterPersonFields } from './register-person-fields';
import { RegisterRules } from './register-rules';
import { registerSummary } from './register-summary';

/**
 * The registration form: the rules, then (once accepted) who the applicant is, the birth date,
 * contact and password, the two codes and the human check. The parts render fields; this component
 * owns the form's state: react-hook-form with the server's schema, the server action's answer and
 * the error summary.
 */
export function RegisterForm({
  locale,
  countries,
}: {
  locale: Locale;
  countries: Array<{ code: string; name: string }>;
}) {
  const t = useTranslations('register');
  const te = useTranslations('errors');
  const iranian = locale === 'fa';
  const kind = iranian ? 'iranian' : 'international';
  const [state, formAction, isPending] = useActionState<ActionResult<Moved['data']> | null, FormData>(
    registerAction,
    null,
  );
  // Registered and signed in: on to the dashboard's welcome; the button stays busy until it shows.
  const moving = useMoveOnSuccess(state);
  const formRef = useRef<HTMLFormElement>(null);
  const [agreed, setAgreed] = useState(false);
  /** Whether the last submit was stopped in the browser (then the server's last answer is stale). */
  const [refusedByClient, setRefusedByClient] = useState(false);
  /** Bumped on every submit and every server answer, so the summary takes focus again. */
  const [attempt, setAttempt] = useState(0);

  const checks = useInternationalChecks(iranian);
  useEffect(() => {
    void loadResolver();
  }, []);

  const resolver = useRegisterResolver(kind, checks);

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

  useServerAnswer(state, setError, setValue, () => {
    setRefusedByClient(false);
    setAttempt((n) => n + 1);
    setHumanCheckKey((n) => n + 1);
  });

  const fieldMessages = (name: string): string[] =>
    keysOf(errors[formName(name) as keyof RegisterFormValues]).map((key) => te(key));
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

  // After a submit the summary lists the errors as they are now, not as they were at the submit: each
  // one leaves the list as soon as its field is corrected (the fields re-validate on change), and the
  // server's errors are in the same place (setError above).
  const summary = registerSummary({
    locale,
    state,
    refusedByClient,
    fieldErrors: isSubmitted ? toFieldErrors(errors) : {},
    te,
  });

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
      <RegisterRules
        locale={locale}
        agreed={agreed}
        onAgreedChange={(checked) => {
          setAgreed(checked);
          setValue('rulesAccepted', checked ? RULES_VERSION : '');
        }}
      />

      {agreed ? (
        <section className="card stack" aria-labelledby="form-title">
          <h2 id="form-title">{t('formTitle')}</h2>
          <p className="hint">{t('requiredNote')}</p>
          <RegisterPersonFields
            iranian={iranian}
            countries={countries}
            register={register}
            fieldMessages={fieldMessages}
          />
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
          <RegisterContactFields
            register={register}
            fieldMessages={fieldMessages}
            onPasswordChange={recheck('passwordConfirm').onChange}
            passwordsCleared={state}
          />
          <RegisterCodes
            locale={locale}
            form={{ register, trigger, getValues, setValue, clearErrors }}
            fieldMessages={fieldMessages}
            onProofSpent={() => setHumanCheckKey((n) => n + 1)}
          />
          <Captcha
            purpose="register"
            errors={fieldMessages('altcha')}
            refreshKey={humanCheckKey}
            onProofChange={(proof) => setValue('altcha', proof, { shouldValidate: isSubmitted })}
          />
          <div className="button-row">
            <SubmitButton pending={isPending || moving}>{t('submit')}</SubmitButton>
          </div>
        </section>
      ) : null}
    </form>
  );
}
