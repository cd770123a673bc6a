'use client';

import { useTranslations } from 'next-intl';
import { Captcha } from '@/app/_components/form/captcha';
import { ErrorSummary, type SummaryItem } from '@/app/_components/form/error-summary';
import { Field } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSchemaForm } from '@/app/_components/form/use-schema-form';
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
  const name = props.identifierName;
  const f = useSchemaForm<SignInState>('login', signInSchemaFor(name), props.action, {
    fieldOrder: [name, 'password', 'altcha'],
    // The human check keeps its usual id: the summary links to it.
    ids: { altcha: 'altcha' },
  });
  const state = f.state;

  if (state?.secondFactor) {
    return (
      <SecondFactorStep state={state} formAction={f.formAction} locale={props.locale} pending={f.pending} />
    );
  }

  return (
    // `action` as well as `onSubmit`: a submit before the page's JavaScript has run (slow phones) posts
    // to the server action, where without it the browser would send a GET with the password in the URL.
    <form action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary items={f.summary} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.callbackUrl ? <input type="hidden" name="callbackUrl" value={props.callbackUrl} /> : null}
      <Field
        id={f.id(name)}
        name={name}
        label={props.identifierLabel}
        hint={props.identifierHint}
        required
        ltr
        type="text"
        autoComplete="username"
        inputMode={props.numericIdentifier ? 'numeric' : undefined}
        spellCheck={false}
        autoCapitalize="none"
        // The typed name is kept after a refusal (the server echoes it); the password never is.
        defaultValue={f.value(name)}
        errors={f.errorsFor(name)}
      />
      <Field
        id={f.id('password')}
        name="password"
        label={t('login.passwordLabel')}
        type="password"
        required
        ltr
        autoComplete="current-password"
        errors={f.errorsFor('password')}
      />
      {state?.captchaRequired ? (
        <Captcha purpose="login" errors={f.errorsFor('altcha')} refreshKey={state} />
      ) : null}
      <div className="button-row">
        <SubmitButton pending={f.pending}>{t('login.submit')}</SubmitButton>
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
  pending,
}: {
  state: NonNullable<SignInState>;
  formAction: (form: FormData) => void;
  locale: string;
  /** Also while the accepted code moves the browser on to the desk. */
  pending: boolean;
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
        <SubmitButton pending={pending}>{t('secondFactor.submit')}</SubmitButton>
      </div>
    </form>
  );
}
