import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages } from '@/db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listTickets(accountId: string) {
  const db = await getDb();
  return db
    .select()
    .from(supportTickets)
    .where(eq(supportTickets.accountId, accountId))
    .orderBy(desc(supportTickets.updatedAt));
}

/** One of the account's own tickets with its messages in order, or null (also for others' tickets). */
export async function getTicketThread(accountId: string, ticketId: string) {
  if (!UUID.test(ticketId)) return null;
  const db = await getDb();
  const [ticket] = await db
    .select()
    .from(supportTickets)
    .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.accountId, accountId)))
    .limit(1);
  if (!ticket) return null;
  const messages = await db
    .select()
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticketId))
    .orderBy(asc(ticketMessages.createdAt));
  return { ticket, messages };
}
