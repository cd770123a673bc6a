'use server';

import { isFormData, notAForm } from '@/lib/validation/result';
import { redirect } from 'next/navigation';
import { localeOf, runSignIn } from '@/app/_components/auth/sign-in-action';
import type { SignInState } from '@/app/_components/auth/sign-in-state';
import { authenticateStaff } from '@/lib/accounts/authenticate-staff';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';

export async function staffLoginAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!isFormData(form)) return notAForm();
  let grant = '';
  const refused = await runSignIn(form, 'username', async ({ identifier, ...rest }) => {
    const result = await authenticateStaff({ username: identifier, ...rest });
    if (result.ok) grant = createGrant('staff', result.staff.id, result.staff.sessionVersion);
    return result;
  });
  if (refused) return refused;
  await signIn('staff', { grant, redirect: false });
  redirect(`/${localeOf(form)}/university`);
}
