'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { retryDelivery } from '@/lib/delivery/admin';
import { fail, isFormData, notAForm, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

const idSchema = z.string().uuid();

/**
 * Administrators only: a failed email or SMS goes back to the queue with fresh attempts (after the
 * provider was fixed). Codes are not retried (void when their delivery failed); a row that is no
 * longer failed, or another's id, gets `notRetryable`.
 */
export async function retryDeliveryAction(
  _prev: ActionResult<{ queued: true }> | null,
  formData: FormData,
): Promise<ActionResult<{ queued: true }>> {
  if (!isFormData(formData)) return notAForm();
  return withStaff(
    formData,
    async (staff) => {
      const id = idSchema.safeParse(formData.get('id'));
      if (!id.success) return fail({}, { formError: 'notFound' });
      const outcome = await retryDelivery(id.data, { actorId: staff.id });
      if (outcome !== 'queued') return fail({}, { formError: 'deliveryNotRetryable' });
      revalidatePath('/[locale]/university/deliveries', 'page');
      return ok({ queued: true });
    },
    { admin: true },
  );
}
