'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { BirthDateInput } from '@/app/_components/form/birth-date-input';
import { Captcha, proofWhenReady } from '@/app/_components/form/captcha';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
import type { Moved } from '@/lib/actions/states';
import type { Locale } from '@/lib/i18n/routing';
import { REGISTER_FIELD_ORDER, RULES_VERSION } from '@/lib/validation/register-fields';
import type { ActionResult } from '@/lib/validation/result';
import { registerAction } from './actions';
import { RegisterCodes } from './register-codes';
import { RegisterContactFields } from './register-contact-fields';
import {
  BIRTH_DATE_HOLDER,
  CLEARED_ON_ANSWER,
  EMPTY,
  FIELD_IDS,
  formName,
  loadResolver,
  useInternationalChecks,
  useRegisterResolver,
  type RegisterFormValues,
} from './register-form-model';
import { RegisterPersonFields } from './register-person-fields';
import { RegisterRules } from './register-rules';
import { duplicateAccountItem } from './register-summary';

/**
 * The registration form: the rules, then (once accepted) who the applicant is, the birth date,
 * contact and password, the two codes and the human check. The parts render fields; the form's
 * state is the shared form hook's, live: react-hook-form with the server's schema checks each field
 * as it is left, and the server action's answer joins it.
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
  const [agreed, setAgreed] = useState(false);
  /** Bumped whenever the server may have spent the human check's proof, so the widget solves a new one. */
  const [humanCheckKey, setHumanCheckKey] = useState(0);

  const checks = useInternationalChecks(iranian);
  useEffect(() => {
    void loadResolver();
  }, []);

  const form = useForm<RegisterFormValues>({
    resolver: useRegisterResolver(kind, checks),
    mode: 'onTouched',
    criteriaMode: 'all',
    // The summary takes the focus, not the first field (the guide shows every error listed at the top of the form).
    shouldFocusError: false,
    defaultValues: EMPTY,
  });
  const f = useSchemaForm<ActionResult<Moved['data']> | null, RegisterFormValues>(
    'register',
    null,
    registerAction,
    {
      fieldOrder: REGISTER_FIELD_ORDER,
      ids: FIELD_IDS,
      live: { form, holder: formName, clearOnAnswer: CLEARED_ON_ANSWER },
      formErrorItem: (key) => (key === 'duplicateAccount' ? duplicateAccountItem(locale, te) : undefined),
      onAnswer: () => setHumanCheckKey((n) => n + 1),
    },
  );
  const { register, setValue, clearErrors, trigger, getValues } = form;
  const { touchedFields, isSubmitted } = form.formState;

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

  return (
    <form
      action={f.formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        // A human check still at work is waited for, not reported missing.
        void (async () => {
          if (!getValues('altcha')) {
            const proof = await proofWhenReady('altcha');
            if (proof) setValue('altcha', proof);
          }
          await f.submit(element);
        })();
      }}
      noValidate
      className="stack"
    >
      {/* After a submit the summary lists the errors as they are now: each leaves as its field is fixed. */}
      <ErrorSummary items={f.summary} focusKey={f.attempt} />
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
            fieldMessages={f.errorsFor}
          />
          <BirthDateInput
            calendar={iranian ? 'jalali' : 'gregorian'}
            locale={locale}
            errors={f.errorsFor('birthDate')}
            registrations={{
              birthDay: register('birthDay', recheck(BIRTH_DATE_HOLDER)),
              birthMonth: register('birthMonth', recheck(BIRTH_DATE_HOLDER)),
              birthYear: register('birthYear'),
            }}
          />
          <RegisterContactFields
            register={register}
            fieldMessages={f.errorsFor}
            onPasswordChange={recheck('passwordConfirm').onChange}
            passwordsCleared={f.state}
          />
          <RegisterCodes
            locale={locale}
            form={{ register, trigger, getValues, setValue, clearErrors }}
            fieldMessages={f.errorsFor}
            onProofSpent={() => setHumanCheckKey((n) => n + 1)}
          />
          <Captcha
            purpose="register"
            errors={f.errorsFor('altcha')}
            refreshKey={humanCheckKey}
            onProofChange={(proof) => setValue('altcha', proof, { shouldValidate: isSubmitted })}
          />
          <div className="button-row">
            <SubmitButton pending={f.pending}>{t('submit')}</SubmitButton>
          </div>
        </section>
      ) : null}
    </form>
  );
}
