'use server';

import { z } from 'zod';
import { formAction } from '@/lib/actions/define-action';
import { retryDelivery } from '@/lib/delivery/admin';
import { redirect } from '@/lib/i18n/navigation';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

/**
 * Administrators only: a failed email or SMS goes back to the queue with fresh attempts (after the
 * provider was fixed). Codes are not retried (void when their delivery failed); a row that is no
 * longer failed, or another's id, gets `notRetryable`.
 */
export const retryDeliveryAction = formAction({
  name: 'deliveries.retry',
  caller: 'admin',
  schema: z.object({ id: z.uuid({ error: 'notFound' }) }),
  invalid: () => fail({}, { formError: 'notFound' }),
  run: async ({ id }, { caller, locale }): Promise<ActionResult<null>> => {
    const outcome = await retryDelivery(id, { actorId: caller.id });
    if (outcome !== 'queued') return fail({}, { formError: 'deliveryNotRetryable' });
    // The row leaves the failures list: the page itself says it was queued (and the reload shows it).
    redirect({ href: '/university/deliveries?retried=1', locale });
    return ok(null);
  },
});
