'use server';

import { formAction, moveTo } from '@/lib/actions/define-action';
import { humanCheckProof, signInRefusal } from '@/lib/actions/sign-in-refusal';
import type { SignInState } from '@/lib/actions/states';
import { authenticate } from '@/lib/accounts/sign-in/authenticate';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { loginSchema } from '@/lib/validation/login';

/** Applicants sign in with their national code (or, international, their email) and password. */
export const loginAction = formAction({
  name: 'login',
  caller: 'anyone',
  schema: loginSchema,
  forget: ['altcha'],
  run: async (input, { clientHash, locale, raw }): Promise<SignInState> => {
    const outcome = await authenticate({
      identifier: input.nationalCode,
      password: input.password,
      clientHash: await clientHash(),
      captchaAnswer: humanCheckProof(raw),
    });
    if (!outcome.ok) return signInRefusal(outcome);
    const { id, sessionVersion } = outcome.account;
    await signIn('applicant', { grant: createGrant('applicant', id, sessionVersion), redirect: false });
    return moveTo(safeReturnPath((raw as FormData).get('callbackUrl'), `/${locale}/dashboard`));
  },
});
