'use server';

import { z } from 'zod';
import { formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { confirmTotpEnrollment, setSetupPassword } from '@/lib/staff/complete-staff-setup';
import { totpSchema } from '@/lib/staff/staff-password-schema';
import { plainText } from '@/lib/validation/form-fields';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

// The setup link's token is the credential here (no session yet); the use-cases check it.
const token = plainText;

/** Step 1 of the setup link: the password; the page then shows the authenticator enrollment. */
export const setupPasswordAction = formAction({
  name: 'staffSetup.password',
  caller: 'anyone',
  sameOrigin: true,
  schema: z.object({ token, password: plainText, passwordConfirm: plainText }),
  run: async (input, { locale }): Promise<ActionResult<null>> => {
    const outcome = await setSetupPassword(input);
    if (!outcome.ok)
      return outcome.reason === 'invalid'
        ? fail(outcome.fieldErrors)
        : fail({}, { formError: 'setupExpired' });
    redirect({ href: `/university/setup/${input.token}`, locale });
    return ok(null);
  },
});

/** Step 2: the first authenticator code; answers the ten recovery codes, shown once. */
export const confirmTotpAction = formAction({
  name: 'staffSetup.totp',
  caller: 'anyone',
  sameOrigin: true,
  schema: totpSchema.extend({ token }),
  forget: ['totp'],
  run: async (input): Promise<ActionResult<{ recoveryCodes: string[] }>> => {
    const outcome = await confirmTotpEnrollment(input);
    if (!outcome.ok)
      return outcome.reason === 'totpWrong'
        ? fail({ totp: ['totpWrong'] })
        : fail({}, { formError: 'setupExpired' });
    return ok({ recoveryCodes: outcome.recoveryCodes });
  },
});
