import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { refused, waitFor, type Outcome } from '@/lib/outcome';
import type { ReplyTicketInput } from '@/lib/validation/support';

/**
 * The applicant's reply to one of their own tickets. Someone else's ticket id answers exactly like a
 * missing one, so ticket ids reveal nothing.
 */
export async function replyToTicket(
  accountId: string,
  ticketId: string,
  input: ReplyTicketInput,
  now: Date = new Date(),
): Promise<Outcome<object, 'rateLimited' | 'ticketNotFound'>> {
  const limit = await enforce([{ policy: 'ticketPostPerAccount', key: accountId }], now.getTime());
  if (!limit.ok) return waitFor('rateLimited', limit.retryAfterSeconds);

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
      .values({ ticketId, author: 'applicant', body: input.message, createdAt: now });
    return true;
  });
  return posted ? { ok: true } : refused('ticketNotFound');
}
