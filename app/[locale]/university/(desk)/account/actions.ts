'use server';

import { z } from 'zod';
import { formAction } from '@/lib/actions/define-action';
import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { currentStaffSessionId } from '@/lib/auth/session';
import { changeStaffPassword } from '@/lib/staff/change-staff-password';
import { plainText } from '@/lib/validation/form-fields';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

/** A staff member's own password; other sessions end, this one is re-issued with the new version. */
export const changeStaffPasswordAction = formAction({
  name: 'staff.password',
  caller: 'staff',
  schema: z.object({ currentPassword: plainText, password: plainText, passwordConfirm: plainText }),
  run: async (input, { caller }): Promise<ActionResult<null>> => {
    const sessionId = (await currentStaffSessionId()) ?? undefined;
    const outcome = await changeStaffPassword(caller, input, { keepSessionId: sessionId });
    if (!outcome.ok)
      return outcome.reason === 'rateLimited'
        ? fail({}, { formError: 'rateLimited', formErrorValues: { seconds: outcome.retryAfterSeconds } })
        : fail(outcome.fieldErrors);
    await signIn('staff', {
      grant: createGrant('staff', caller.id, outcome.sessionVersion, new Date(), sessionId),
      redirect: false,
    });
    return ok(null);
  },
});
