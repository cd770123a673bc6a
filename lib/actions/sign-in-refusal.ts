import type { SignInState } from './states';

/** What the applicant and staff password checks answer when they refuse (lib/accounts/sign-in). */
export type SignInRefusal =
  | { ok: false; reason: 'invalid' | 'captcha'; captchaRequired: boolean }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number; captchaRequired: boolean };

/** One message per case, never which of name or password was wrong. */
export function signInRefusal(outcome: SignInRefusal): NonNullable<SignInState> {
  if (outcome.reason === 'throttled')
    return {
      ok: false,
      fieldErrors: {},
      formError: 'signInThrottled',
      formErrorValues: { seconds: outcome.retryAfterSeconds },
      captchaRequired: outcome.captchaRequired,
    };
  if (outcome.reason === 'captcha')
    return { ok: false, fieldErrors: { altcha: ['captcha'] }, captchaRequired: true };
  return {
    ok: false,
    fieldErrors: {},
    formError: 'invalidCredentials',
    captchaRequired: outcome.captchaRequired,
  };
}

/** The human check's proof (ALTCHA's hidden field), required by the sign-in use-cases after failures. */
export function humanCheckProof(raw: unknown): string | undefined {
  const proof = raw instanceof FormData ? raw.get('altcha') : undefined;
  return typeof proof === 'string' ? proof : undefined;
}
