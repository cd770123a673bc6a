'use server';

import { isFormData, notAForm } from '@/lib/validation/result';
import { redirect } from 'next/navigation';
import { localeOf, runSignIn } from '@/app/_components/auth/sign-in-action';
import type { SignInState } from '@/app/_components/auth/sign-in-state';
import { authenticate } from '@/lib/accounts/sign-in/authenticate';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { safeReturnPath } from '@/lib/auth/session-policy';

export async function loginAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!isFormData(form)) return notAForm();
  let grant = '';
  const refused = await runSignIn(form, 'nationalCode', async (input) => {
    const result = await authenticate(input);
    if (result.ok) grant = createGrant('applicant', result.account.id, result.account.sessionVersion);
    return result;
  });
  if (refused) return refused;
  await signIn('applicant', { grant, redirect: false });
  const locale = localeOf(form);
  redirect(safeReturnPath(form.get('callbackUrl'), `/${locale}/dashboard`));
}
