'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary, type SummaryItem } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { signInSchemaFor } from '@/lib/validation/login';
import type { SignInState } from '@/lib/actions/states';

export interface SignInFormProps {
  action: (state: SignInState, form: FormData) => Promise<SignInState>;
  /** `nationalCode` for applicants (the contract's input name), `username` for staff. */
  identifierName: 'nationalCode' | 'username';
  identifierLabel: string;
  identifierHint: string;
  locale: string;
  callbackUrl?: string;
  /** Numeric keypad on phones for national codes (fa applicant page). */
  numericIdentifier?: boolean;
}

/**
 * One sign-in form for applicants and staff: the same zod schema on both sides, every error at the
 * top and beside its field, the typed name kept after a failure (never the password), and the
 * captcha once the server asks for it.
 */
export function SignInForm(props: SignInFormProps) {
  const t = useTranslations('auth');
  const te = useTranslations('errors');
  const [state, formAction] = useActionState(props.action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors: clientErrors },
  } = useForm<Record<'nationalCode' | 'username' | 'password', string>>({
    resolver: zodResolver(signInSchemaFor(props.identifierName)) as never,
    defaultValues: { [props.identifierName]: '', password: '' },
  });

  // A refused password is cleared (never echoed back); the typed name stays.
  useEffect(() => {
    if (state && !state.ok) setValue('password', '');
  }, [state, setValue]);

  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const fieldMessages = (field: 'nationalCode' | 'username' | 'password' | 'altcha'): string[] => {
    const client = field !== 'altcha' ? clientErrors[field]?.message : undefined;
    const keys = client ? [client] : (serverErrors[field] ?? []);
    return keys.map((k) => te(k as 'generic'));
  };
  const identifierId = `login-${props.identifierName}`;
  const items: SummaryItem[] = [];
  if (state && !state.ok && state.formError) {
    items.push({
      message: te(state.formError as 'generic', state.formErrorValues ?? {}),
    });
  }
  for (const message of fieldMessages(props.identifierName)) items.push({ fieldId: identifierId, message });
  for (const message of fieldMessages('password')) items.push({ fieldId: 'login-password', message });
  for (const message of fieldMessages('altcha')) items.push({ fieldId: 'altcha', message });

  if (state?.secondFactor) {
    return <SecondFactorStep state={state} formAction={formAction} locale={props.locale} />;
  }

  const onValid = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTransition(() => formAction(data));
  };

  return (
    // `action` as well as `onSubmit`: a submit before the page's JavaScript has run (slow phones) posts
    // to the server action, where without it the browser would send a GET with the password in the URL.
    <form ref={formRef} action={formAction} noValidate className="stack" onSubmit={handleSubmit(onValid)}>
      <ErrorSummary items={items} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.callbackUrl ? <input type="hidden" name="callbackUrl" value={props.callbackUrl} /> : null}
      <Field
        id={identifierId}
        label={props.identifierLabel}
        hint={props.identifierHint}
        required
        ltr
        type="text"
        autoComplete="username"
        inputMode={props.numericIdentifier ? 'numeric' : undefined}
        spellCheck={false}
        autoCapitalize="none"
        errors={fieldMessages(props.identifierName)}
        {...register(props.identifierName)}
      />
      <Field
        id="login-password"
        label={t('login.passwordLabel')}
        type="password"
        required
        ltr
        autoComplete="current-password"
        errors={fieldMessages('password')}
        {...register('password')}
      />
      {state?.captchaRequired ? (
        <Captcha purpose="login" errors={fieldMessages('altcha')} refreshKey={state} />
      ) : null}
      <div className="button-row">
        <SubmitButton>{t('login.submit')}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * Staff only: after the password, the 6-digit code of the authenticator app (or a recovery code).
 * The input is `name="totp"`; Persian digits are accepted.
 */
function SecondFactorStep({
  state,
  formAction,
  locale,
}: {
  state: NonNullable<SignInState>;
  formAction: (form: FormData) => void;
  locale: string;
}) {
  const t = useTranslations('auth');
  const te = useTranslations('errors');
  const errors = !state.ok ? (state.fieldErrors.totp ?? []).map((k) => te(k as 'generic')) : [];
  const items: SummaryItem[] = [];
  if (!state.ok && state.formError)
    items.push({ message: te(state.formError as 'generic', state.formErrorValues ?? {}) });
  for (const message of errors) items.push({ fieldId: 'login-totp', message });
  return (
    <form action={formAction} noValidate className="stack">
      <ErrorSummary items={items} focusKey={state} />
      <p>{t('secondFactor.intro')}</p>
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="login-totp"
        name="totp"
        label={t('secondFactor.label')}
        hint={t('secondFactor.hint')}
        required
        ltr
        type="text"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={20}
        // The field takes focus when this step appears, so keyboard users continue where they typed.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={items.length === 0}
        errors={errors}
      />
      <div className="button-row">
        <SubmitButton>{t('secondFactor.submit')}</SubmitButton>
      </div>
    </form>
  );
}
