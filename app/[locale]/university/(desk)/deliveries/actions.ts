'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { retryDelivery } from '@/lib/delivery/admin';
import { redirect } from '@/lib/i18n/navigation';
import { fail, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

const idSchema = z.string().uuid();

/**
 * Administrators only: a failed email or SMS goes back to the queue with fresh attempts (after the
 * provider was fixed). Codes are not retried (void when their delivery failed); a row that is no
 * longer failed, or another's id, gets `notRetryable`.
 */
export async function retryDeliveryAction(
  _prev: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await withStaff(
    formData,
    async (staff, _values, form) => {
      const id = idSchema.safeParse(form.get('id'));
      if (!id.success) return fail({}, { formError: 'notFound' });
      const outcome = await retryDelivery(id.data, { actorId: staff.id });
      if (outcome !== 'queued') return fail({}, { formError: 'deliveryNotRetryable' });
      return ok(null);
    },
    { admin: true },
  );
  // The row leaves the failures list: the page itself says it was queued (and the reload shows it).
  if (result.ok) redirect({ href: '/university/deliveries?retried=1', locale: await getLocale() });
  return result;
}
