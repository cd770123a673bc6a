import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages, type StaffUser } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { env } from '@/lib/env';
import { notify } from '@/lib/notify';
import type { ReplyTicketInput } from '@/lib/validation/support';
import { getDeskTicket } from './staff-desk';

export type DeskOutcome = { ok: true } | { ok: false; reason: 'notFound' | 'closed' };

/** The applicant's ticket page for the email, or `none` (the template's select) without APP_URL. */
function ticketLink(locale: 'fa' | 'en', ticketId: string): string {
  const base = env().APP_URL?.replace(/\/$/, '');
  return base ? `${base}/${locale}/dashboard/support/${ticketId}` : 'none';
}

/**
 * A staff reply: only to a ticket in the staff member's scope (else `notFound`, like a missing one),
 * never to a closed one. The ticket becomes `answered` and the applicant is told by email, queued in the
 * same transaction (the reply itself stays on the portal: an email is no place for personal details).
 */
export async function answerTicket(
  staff: Pick<StaffUser, 'id' | 'role' | 'universityId'>,
  input: { ticketId: string } & ReplyTicketInput,
  now: Date = new Date(),
): Promise<DeskOutcome> {
  const found = await getDeskTicket(staff, input.ticketId);
  if (!found) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const posted = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .update(supportTickets)
      .set({ status: 'answered', updatedAt: now })
      .where(and(eq(supportTickets.id, found.ticket.id), ne(supportTickets.status, 'closed')))
      .returning({ id: supportTickets.id });
    if (!ticket) return false;
    await tx
      .insert(ticketMessages)
      .values({ ticketId: ticket.id, author: 'staff', body: input.message, createdAt: now });
    await recordAuditEvent(
      {
        type: 'ticket_answered',
        accountId: found.applicant.id,
        meta: { staffId: staff.id, ticketId: ticket.id },
      },
      { now, db: tx },
    );
    const locale = found.applicant.locale === 'en' ? 'en' : 'fa';
    await notify(tx, {
      template: 'ticketAnswered',
      locale,
      to: { email: found.applicant.email },
      values: {
        number: found.ticket.number,
        link: ticketLink(locale, found.ticket.id),
      },
    });
    return true;
  });
  if (!posted) return { ok: false, reason: 'closed' };
  return { ok: true };
}

/** Closes a ticket in scope (an applicant's later reply reopens it). */
export async function closeTicket(
  staff: Pick<StaffUser, 'id' | 'role' | 'universityId'>,
  ticketId: string,
  now: Date = new Date(),
): Promise<DeskOutcome> {
  const found = await getDeskTicket(staff, ticketId);
  if (!found) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  await db
    .update(supportTickets)
    .set({ status: 'closed', updatedAt: now })
    .where(eq(supportTickets.id, found.ticket.id));
  await recordAuditEvent(
    {
      type: 'ticket_closed',
      accountId: found.applicant.id,
      meta: { staffId: staff.id, ticketId: found.ticket.id },
    },
    { now, db },
  );
  return { ok: true };
}
