'use server';

import { getLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from '@/lib/i18n/navigation';
import { isSameOrigin } from '@/lib/security/same-origin';
import { confirmTotpEnrollment, setSetupPassword } from '@/lib/staff/complete-staff-setup';
import { totpSchema } from '@/lib/staff/staff-password-schema';
import {
  echoValues,
  fail,
  fieldErrorsFromIssues,
  isFormData,
  notAForm,
  ok,
  type ActionResult,
} from '@/lib/validation/result';

/** Step 1 of the setup link: the password; the page then shows the authenticator enrollment. */
export async function setupPasswordAction(
  _prev: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  if (!isFormData(formData)) return notAForm();
  if (!isSameOrigin(await headers())) return fail({}, { formError: 'generic' });
  const token = String(formData.get('token') ?? '');
  const outcome = await setSetupPassword({
    token,
    password: formData.get('password'),
    passwordConfirm: formData.get('passwordConfirm'),
  });
  if (!outcome.ok)
    return outcome.reason === 'invalid'
      ? fail(outcome.fieldErrors, { values: echoValues(formData) })
      : fail({}, { formError: 'setupExpired' });
  redirect({ href: `/university/setup/${token}`, locale: await getLocale() });
  return ok(null);
}

/** Step 2: the first authenticator code; answers the ten recovery codes, shown once. */
export async function confirmTotpAction(
  _prev: ActionResult<{ recoveryCodes: string[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  if (!isFormData(formData)) return notAForm();
  if (!isSameOrigin(await headers())) return fail({}, { formError: 'generic' });
  const parsed = totpSchema.safeParse({ totp: formData.get('totp') });
  if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));
  const outcome = await confirmTotpEnrollment({
    token: String(formData.get('token') ?? ''),
    totp: parsed.data.totp,
  });
  if (!outcome.ok)
    return outcome.reason === 'totpWrong'
      ? fail({ totp: ['totpWrong'] })
      : fail({}, { formError: 'setupExpired' });
  return ok({ recoveryCodes: outcome.recoveryCodes });
}
