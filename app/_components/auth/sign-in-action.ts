import 'server-only';
import { headers } from 'next/headers';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { signInSchemaFor } from '@/lib/validation/login';
import { echoValues, fieldErrorsFromIssues } from '@/lib/validation/result';
import type { SignInState } from './sign-in-state';

type Outcome =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'captcha'; captchaRequired: boolean }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number; captchaRequired: boolean };

/**
 * The shared body of the applicant and staff sign-in actions: validate with the form's schema, run the
 * use-case with the client's hashed address, and map its outcome to one translated message per case.
 * Returns null when the caller should go on to create the session.
 */
export async function runSignIn(
  form: FormData,
  identifierName: 'nationalCode' | 'username',
  check: (input: {
    identifier: string;
    password: string;
    clientHash: string;
    captchaAnswer?: string;
  }) => Promise<Outcome>,
): Promise<SignInState> {
  const values = echoValues(form);
  delete values.altcha;
  const parsed = signInSchemaFor(identifierName).safeParse({
    [identifierName]: form.get(identifierName) ?? '',
    password: form.get('password') ?? '',
  });
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), values };
  }
  try {
    const clientHash = hashClientAddress(clientAddress(await headers()));
    // The human check's proof (ALTCHA's hidden field), required by the use-case after failures.
    const proof = form.get('altcha');
    const data = parsed.data as Record<string, string>;
    const result = await check({
      identifier: data[identifierName],
      password: data.password,
      clientHash,
      captchaAnswer: typeof proof === 'string' ? proof : undefined,
    });
    if (result.ok) return null;
    if (result.reason === 'throttled') {
      return {
        ok: false,
        fieldErrors: {},
        formError: 'throttled',
        formErrorValues: { seconds: result.retryAfterSeconds },
        captchaRequired: result.captchaRequired,
        values,
      };
    }
    if (result.reason === 'captcha') {
      return { ok: false, fieldErrors: { altcha: ['captcha'] }, captchaRequired: true, values };
    }
    return {
      ok: false,
      fieldErrors: {},
      formError: 'invalidCredentials',
      captchaRequired: result.captchaRequired,
      values,
    };
  } catch (error) {
    console.error('[auth] sign-in failed:', error instanceof Error ? error.name : 'unknown');
    return { ok: false, fieldErrors: {}, formError: 'generic', values };
  }
}

export function localeOf(form: FormData): 'fa' | 'en' {
  return form.get('locale') === 'en' ? 'en' : 'fa';
}
