import 'server-only';
import { headers } from 'next/headers';
import type { Account } from '@/db/schema';
import { getCurrentAccount } from '@/lib/auth/session';
import { isSameOrigin } from '@/lib/security/same-origin';
import { echoValues, fail, isFormData, notAForm, type ActionResult } from '@/lib/validation/result';

/**
 * The common start of every dashboard server action: its form (anything else gets `notAForm`), a
 * same-origin POST and a current session. Each failure answers with a form error, never a throw, so the page shows it in the summary.
 */
export async function withApplicant<T>(
  formData: unknown,
  run: (account: Account, values: Record<string, string>, form: FormData) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  if (!isFormData(formData)) return notAForm();
  const values = echoValues(formData);
  if (!isSameOrigin(await headers())) return fail({}, { formError: 'generic', values });
  const account = await getCurrentAccount();
  if (!account) return fail({}, { formError: 'sessionExpired', values });
  const result = await run(account, values, formData);
  return result.ok ? result : { ...result, values: result.values ?? values };
}
