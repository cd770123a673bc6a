'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { localeOf, runSignIn } from '@/app/_components/auth/sign-in-action';
import type { SignInState } from '@/app/_components/auth/sign-in-state';
import { authenticateStaff } from '@/lib/accounts/sign-in/authenticate-staff';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { env } from '@/lib/env';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import {
  completeStaffSignIn,
  createPendingTicket,
  PENDING_COOKIE,
  PENDING_TTL_SECONDS,
} from '@/lib/staff/sign-in-staff';
import { totpSchema } from '@/lib/staff/staff-password-schema';
import { fieldErrorsFromIssues, isFormData, notAForm } from '@/lib/validation/result';

function secureCookie(h: Headers): boolean {
  return h.get('x-forwarded-proto') === 'https' || (env().APP_URL ?? '').startsWith('https://');
}

/**
 * Staff sign-in in two steps on one page: the password (with the applicants' defences, stricter),
 * then a 6-digit authenticator code or a recovery code. Between the two the browser holds only a
 * signed 5-minute ticket in an HttpOnly cookie; the session is created after the second factor.
 */
export async function staffLoginAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!isFormData(form)) return notAForm();
  if (form.has('totp')) return secondFactorStep(form);
  let ticket = '';
  const refused = await runSignIn(form, 'username', async ({ identifier, ...rest }) => {
    const result = await authenticateStaff({ username: identifier, ...rest });
    if (result.ok) ticket = createPendingTicket(result.staff);
    return result;
  });
  if (refused) return refused;
  (await cookies()).set(PENDING_COOKIE, ticket, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    maxAge: PENDING_TTL_SECONDS,
    secure: secureCookie(await headers()),
  });
  return { ok: true, data: undefined, secondFactor: true };
}

async function secondFactorStep(form: FormData): Promise<SignInState> {
  const parsed = totpSchema.safeParse({ totp: form.get('totp') });
  if (!parsed.success)
    return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues), secondFactor: true };
  const jar = await cookies();
  let sessionGrant = '';
  try {
    const h = await headers();
    const result = await completeStaffSignIn({
      pendingTicket: jar.get(PENDING_COOKIE)?.value,
      code: parsed.data.totp,
      clientHash: hashClientAddress(clientAddress(h)),
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
    sessionGrant = createGrant(
      'staff',
      result.staff.id,
      result.staff.sessionVersion,
      new Date(),
      result.sessionId,
    );
  } catch (error) {
    console.error('[auth] staff second factor failed:', error instanceof Error ? error.name : 'unknown');
    return { ok: false, fieldErrors: {}, formError: 'generic', secondFactor: true };
  }
  jar.delete(PENDING_COOKIE);
  await signIn('staff', { grant: sessionGrant, redirect: false });
  redirect(`/${localeOf(form)}/university`);
}
