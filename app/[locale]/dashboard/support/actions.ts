'use server';

import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { openTicket } from '@/lib/support/open-ticket';
import { replyToTicket } from '@/lib/support/reply-to-ticket';
import { openTicketSchema, replyTicketFormSchema } from '@/lib/validation/support';
import { ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

export const openTicketAction = formAction({
  name: 'support.open',
  caller: 'applicant',
  schema: openTicketSchema,
  run: async (input, { caller, locale }): Promise<Result> => {
    const outcome = await openTicket(caller.id, input);
    if (!outcome.ok) return fromOutcome(outcome);
    redirect({ href: `/dashboard/support/${outcome.ticketId}?opened=1`, locale });
    return ok(null);
  },
});

export const replyTicketAction = formAction({
  name: 'support.reply',
  caller: 'applicant',
  schema: replyTicketFormSchema,
  run: async ({ ticketId, message }, { caller, locale }): Promise<Result> => {
    const outcome = await replyToTicket(caller.id, ticketId, { message });
    if (!outcome.ok) return fromOutcome(outcome);
    redirect({ href: `/dashboard/support/${ticketId}?replied=1`, locale });
    return ok(null);
  },
});
