'use server';

import { signIn } from '@/lib/auth';
import { createGrant } from '@/lib/auth/grant';
import { currentStaffSessionId } from '@/lib/auth/session';
import { changeStaffPassword } from '@/lib/staff/change-staff-password';
import { fail, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

/** A staff member's own password; other sessions end, this one is re-issued with the new version. */
export async function changeStaffPasswordAction(
  _prev: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  return withStaff(formData, async (staff, _values, form) => {
    const sessionId = (await currentStaffSessionId()) ?? undefined;
    const outcome = await changeStaffPassword(
      staff,
      {
        currentPassword: form.get('currentPassword'),
        password: form.get('password'),
        passwordConfirm: form.get('passwordConfirm'),
      },
      { keepSessionId: sessionId },
    );
    if (!outcome.ok)
      return outcome.reason === 'rateLimited'
        ? fail({}, { formError: 'rateLimited', formErrorValues: { seconds: outcome.retryAfterSeconds } })
        : fail(outcome.fieldErrors);
    await signIn('staff', {
      grant: createGrant('staff', staff.id, outcome.sessionVersion, new Date(), sessionId),
      redirect: false,
    });
    return ok(null);
  });
}
