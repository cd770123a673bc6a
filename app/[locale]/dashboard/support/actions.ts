'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { openTicket } from '@/lib/support/open-ticket';
import { replyToTicket } from '@/lib/support/reply-to-ticket';
import type { ActionResult } from '@/lib/validation/result';
import { withApplicant } from '../_components/applicant-action';

type Result = ActionResult<unknown>;

export async function openTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  const result = await withApplicant(formData, (account, values) => openTicket(account.id, values));
  if (result.ok) {
    const { ticketId } = result.data as { ticketId: string };
    redirect({ href: `/dashboard/support/${ticketId}?opened=1`, locale: await getLocale() });
  }
  return result;
}

export async function replyTicketAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withApplicant(formData, async (account, values, form) => {
    const ticketId = String(form.get('ticketId') ?? '');
    const result = await replyToTicket(account.id, ticketId, values);
    if (result.ok) redirect({ href: `/dashboard/support/${ticketId}?replied=1`, locale: await getLocale() });
    return result;
  });
}
