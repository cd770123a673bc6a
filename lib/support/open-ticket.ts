import 'server-only';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { waitFor, type Outcome } from '@/lib/outcome';
import type { OpenTicketInput } from '@/lib/validation/support';

/** «پشتیبانی سامانه»: any signed-in account may open a ticket, approved or not. */
export async function openTicket(
  accountId: string,
  input: OpenTicketInput,
  now: Date = new Date(),
): Promise<Outcome<{ ticketId: string }, 'rateLimited'>> {
  const limit = await enforce([{ policy: 'ticketPostPerAccount', key: accountId }], now.getTime());
  if (!limit.ok) return waitFor('rateLimited', limit.retryAfterSeconds);

  const db = await getDb();
  const ticketId = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(supportTickets)
      .values({ accountId, subject: input.subject, createdAt: now, updatedAt: now })
      .returning({ id: supportTickets.id });
    await tx
      .insert(ticketMessages)
      .values({ ticketId: ticket.id, author: 'applicant', body: input.message, createdAt: now });
    return ticket.id;
  });
  return { ok: true, ticketId };
}
