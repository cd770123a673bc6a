'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { answerTicket, closeTicket } from '@/lib/support/answer-ticket';
import { fail, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

type Result = ActionResult<null>;

export async function answerTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withStaff(formData, async (staff, _values, form) => {
    const ticketId = String(form.get('ticketId') ?? '');
    const outcome = await answerTicket(staff, { ticketId, message: form.get('message') });
    if (outcome.ok)
      return redirect({ href: `/university/support/${ticketId}?answered=1`, locale: await getLocale() });
    if (outcome.reason === 'invalid') return fail(outcome.fieldErrors);
    return fail({}, { formError: outcome.reason === 'closed' ? 'ticketClosed' : 'notFound' });
  });
}

export async function closeTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withStaff(formData, async (staff, _values, form) => {
    const ticketId = String(form.get('ticketId') ?? '');
    const outcome = await closeTicket(staff, ticketId);
    if (outcome.ok)
      return redirect({ href: `/university/support/${ticketId}?closed=1`, locale: await getLocale() });
    return fail({}, { formError: 'notFound' });
  });
}
