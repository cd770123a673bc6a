import 'server-only';
import { headers } from 'next/headers';
import type { StaffUser } from '@/db/schema';
import { getCurrentStaff } from '@/lib/auth/session';
import { isSameOrigin } from '@/lib/security/same-origin';
import { echoValues, fail, isFormData, notAForm, type ActionResult } from '@/lib/validation/result';

/**
 * The common start of every staff server action: its form (anything else gets `notAForm`), a
 * same-origin POST and a current staff session (an
 * applicant's session is no staff session: it gets `sessionExpired` and nothing else). With
 * `admin: true` a reviewer gets `notFound`, as for a row outside their university.
 */
export async function withStaff<T>(
  formData: unknown,
  run: (staff: StaffUser, values: Record<string, string>, form: FormData) => Promise<ActionResult<T>>,
  { admin = false }: { admin?: boolean } = {},
): Promise<ActionResult<T>> {
  if (!isFormData(formData)) return notAForm();
  const values = echoValues(formData);
  if (!isSameOrigin(await headers())) return fail({}, { formError: 'generic', values });
  const staff = await getCurrentStaff();
  if (!staff) return fail({}, { formError: 'sessionExpired', values });
  if (admin && staff.role !== 'admin') return fail({}, { formError: 'notFound', values });
  const result = await run(staff, values, formData);
  return result.ok ? result : { ...result, values: result.values ?? values };
}
