'use server';

import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { answerTicket, closeTicket } from '@/lib/support/answer-ticket';
import { rowIdField } from '@/lib/validation/form-fields';
import { replyTicketFormSchema } from '@/lib/validation/support';
import { ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

// Whether this staff member may see the ticket is decided by the use-case (their university's only).
const ticketId = rowIdField;
const keys = { closed: 'ticketClosed' };

export const answerTicketAction = formAction({
  name: 'desk.answer',
  caller: 'staff',
  schema: replyTicketFormSchema,
  run: async (input, { caller, locale }): Promise<Result> => {
    const outcome = await answerTicket(caller, input);
    if (!outcome.ok) return fromOutcome(outcome, keys);
    redirect({ href: `/university/support/${input.ticketId}?answered=1`, locale });
    return ok(null);
  },
});

export const closeTicketAction = formAction({
  name: 'desk.close',
  caller: 'staff',
  schema: z.object({ ticketId }),
  run: async (input, { caller, locale }): Promise<Result> => {
    const outcome = await closeTicket(caller, input.ticketId);
    if (!outcome.ok) return fromOutcome({ ok: false, reason: 'notFound' });
    redirect({ href: `/university/support/${input.ticketId}?closed=1`, locale });
    return ok(null);
  },
});
