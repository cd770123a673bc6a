'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { answerTicket, closeTicket } from '@/lib/support/answer-ticket';
import { fail, isFormData, notAForm, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

type Result = ActionResult<null>;

export async function answerTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  const ticketId = String(formData.get('ticketId') ?? '');
  const result = await withStaff(formData, async (staff) => {
    const outcome = await answerTicket(staff, { ticketId, message: formData.get('message') });
    if (outcome.ok) return ok(null);
    if (outcome.reason === 'invalid') return fail(outcome.fieldErrors);
    return fail({}, { formError: outcome.reason === 'closed' ? 'ticketClosed' : 'notFound' });
  });
  if (result.ok) redirect({ href: `/university/support/${ticketId}?answered=1`, locale: await getLocale() });
  return result;
}

export async function closeTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  const ticketId = String(formData.get('ticketId') ?? '');
  const result = await withStaff(formData, async (staff) => {
    const outcome = await closeTicket(staff, ticketId);
    return outcome.ok ? ok(null) : fail({}, { formError: 'notFound' });
  });
  if (result.ok) redirect({ href: `/university/support/${ticketId}?closed=1`, locale: await getLocale() });
  return result;
}
