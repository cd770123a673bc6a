import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { fail, fieldErrorsFromIssues, ok, type ActionResult } from '@/lib/validation/result';
import { replyTicketSchema } from '@/lib/validation/support';

/**
 * The applicant's reply to one of their own tickets. Someone else's ticket id answers exactly like a
 * missing one, so ticket ids reveal nothing.
 */
export async function replyToTicket(
  accountId: string,
  ticketId: string,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<ActionResult<null>> {
  const parsed = replyTicketSchema.safeParse(input);
  if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));
  const limit = await enforce([{ policy: 'ticketPostPerAccount', key: accountId }], now.getTime());
  if (!limit.ok)
    return fail({}, { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds } });

  const db = await getDb();
  const posted = await db.transaction(async (tx) => {
    // Reopens a ticket the staff had answered, so it shows up in their queue again.
    const [ticket] = await tx
      .update(supportTickets)
      .set({ status: 'open', updatedAt: now })
      .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.accountId, accountId)))
      .returning({ id: supportTickets.id });
    if (!ticket) return false;
    await tx
      .insert(ticketMessages)
      .values({ ticketId, author: 'applicant', body: parsed.data.message, createdAt: now });
    return true;
  });
  return posted ? ok(null) : fail({}, { formError: 'ticketNotFound' });
}
