'use server';

import { cookies, headers } from 'next/headers';
import { formAction, moveTo } from '@/lib/actions/define-action';
import { humanCheckProof, signInRefusal } from '@/lib/actions/sign-in-refusal';
import type { SignInState } from '@/lib/actions/states';
import { authenticateStaff } from '@/lib/accounts/sign-in/authenticate-staff';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { env } from '@/lib/env';
import {
  completeStaffSignIn,
  createPendingTicket,
  PENDING_COOKIE,
  PENDING_TTL_SECONDS,
} from '@/lib/staff/sign-in-staff';
import { signInTotpSchema } from '@/lib/staff/staff-password-schema';
import { staffLoginSchema } from '@/lib/validation/login';

function secureCookie(h: Headers): boolean {
  return h.get('x-forwarded-proto') === 'https' || (env().APP_URL ?? '').startsWith('https://');
}

const isSecondStep = (raw: unknown) => raw instanceof FormData && raw.has('totp');

/**
 * Staff sign-in in two steps on one page: the password (with the applicants' defences, stricter),
 * then a 6-digit authenticator code or a recovery code. Between the two the browser holds only a
 * signed 5-minute ticket in an HttpOnly cookie; the session is created after the second factor.
 * The form posts `totp` only in the second step; every answer of that step keeps `secondFactor`.
 */
export const staffLoginAction = formAction({
  name: 'staffLogin',
  caller: 'anyone',
  schema: (_locale, input) => ('totp' in input ? signInTotpSchema : staffLoginSchema),
  forget: ['altcha', 'totp'],
  refuse: (formError, values, raw): SignInState =>
    isSecondStep(raw)
      ? { ok: false, fieldErrors: {}, formError, secondFactor: true }
      : { ok: false, fieldErrors: {}, formError, values },
  invalid: (fieldErrors, values, raw): SignInState =>
    isSecondStep(raw) ? { ok: false, fieldErrors, secondFactor: true } : { ok: false, fieldErrors, values },
  run: async (input, context): Promise<SignInState> =>
    'totp' in input
      ? secondFactorStep(input.totp, context.clientHash, context.locale)
      : passwordStepOf(input, context.clientHash, context.raw),
});

async function passwordStepOf(
  input: { username: string; password: string },
  clientHash: () => Promise<string>,
  raw: unknown,
): Promise<SignInState> {
  const outcome = await authenticateStaff({
    username: input.username,
    password: input.password,
    clientHash: await clientHash(),
    captchaAnswer: humanCheckProof(raw),
  });
  if (!outcome.ok) return signInRefusal(outcome);
  (await cookies()).set(PENDING_COOKIE, createPendingTicket(outcome.staff), {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    maxAge: PENDING_TTL_SECONDS,
    secure: secureCookie(await headers()),
  });
  return { ok: true, data: undefined, secondFactor: true };
}

async function secondFactorStep(
  code: string,
  clientHash: () => Promise<string>,
  locale: string,
): Promise<SignInState> {
  const jar = await cookies();
  const result = await completeStaffSignIn({
    pendingTicket: jar.get(PENDING_COOKIE)?.value,
    code,
    clientHash: await clientHash(),
  });
  if (!result.ok) {
    if (result.reason === 'expired') {
      jar.delete(PENDING_COOKIE);
      return { ok: false, fieldErrors: {}, formError: 'secondFactorExpired' };
    }
    if (result.reason === 'locked')
      return {
        ok: false,
        fieldErrors: {},
        formError: 'secondFactorLocked',
        formErrorValues: { minutes: Math.ceil(result.retryAfterSeconds / 60) },
        secondFactor: true,
      };
    return {
      ok: false,
      fieldErrors: { totp: [result.reason === 'replayed' ? 'totpReplayed' : 'totpWrong'] },
      secondFactor: true,
    };
  }
  const grant = createGrant(
    'staff',
    result.staff.id,
    result.staff.sessionVersion,
    new Date(),
    result.sessionId,
  );
  jar.delete(PENDING_COOKIE);
  await signIn('staff', { grant, redirect: false });
  // The second step stays on screen (busy) while the browser moves on.
  return { ...(await moveTo(`/${locale}/university`)), secondFactor: true };
}
