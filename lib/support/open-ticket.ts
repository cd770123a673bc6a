import 'server-only';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { fail, fieldErrorsFromIssues, ok, type ActionResult } from '@/lib/validation/result';
import { openTicketSchema } from '@/lib/validation/support';

/** «پشتیبانی سامانه»: any signed-in account may open a ticket, approved or not. */
export async function openTicket(
  accountId: string,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<ActionResult<{ ticketId: string }>> {
  const parsed = openTicketSchema.safeParse(input);
  if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));
  const limit = await enforce([{ policy: 'ticketPostPerAccount', key: accountId }], now.getTime());
  if (!limit.ok)
    return fail({}, { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds } });

  const db = await getDb();
  const ticketId = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(supportTickets)
      .values({ accountId, subject: parsed.data.subject, createdAt: now, updatedAt: now })
      .returning({ id: supportTickets.id });
    await tx
      .insert(ticketMessages)
      .values({ ticketId: ticket.id, author: 'applicant', body: parsed.data.message, createdAt: now });
    return ticket.id;
  });
  return ok({ ticketId });
}
