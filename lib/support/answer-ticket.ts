import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportTickets, ticketMessages, type StaffUser } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { sendEmail } from '@/lib/delivery';
import { env } from '@/lib/env';
import { localizeDigits } from '@/lib/identity/digits';
import { replyTicketSchema } from '@/lib/validation/support';
import { getDeskTicket } from './staff-desk';

export type DeskOutcome =
  | { ok: true }
  | { ok: false; reason: 'notFound' | 'closed' }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> };

function replyEmail(locale: string, number: number, ticketId: string) {
  const base = env().APP_URL?.replace(/\/$/, '');
  const l = locale === 'en' ? 'en' : 'fa';
  const link = base ? `${base}/${l}/dashboard/support/${ticketId}` : '';
  if (l === 'en')
    return {
      subject: `Reply to your support ticket #${number}`,
      body: `Dear applicant,\n\nOur staff replied to your support ticket #${number}. Sign in to read the reply${link ? `: ${link}` : '.'}\n\nStudent Affairs Organization`,
    };
  const n = localizeDigits(number, 'fa');
  return {
    subject: `پاسخ به تیکت پشتیبانی شماره ${n}`,
    body: `با سلام\n\nمتقاضی گرامی، به تیکت پشتیبانی شماره ${n} شما پاسخ داده شد. برای خواندن پاسخ وارد پورتال شوید${link ? `: ${link}` : '.'}\n\nبا تشکر\nسازمان امور دانشجویان`,
  };
}

/**
 * A staff reply: only to a ticket in the staff member's scope (else `notFound`, like a missing one),
 * never to a closed one. The ticket becomes `answered` and the applicant is told by email (the reply
 * itself stays on the portal: an email is no place for personal details).
 */
export async function answerTicket(
  staff: Pick<StaffUser, 'id' | 'role' | 'universityId'>,
  input: { ticketId: string; message: unknown },
  now: Date = new Date(),
): Promise<DeskOutcome> {
  const found = await getDeskTicket(staff, input.ticketId);
  if (!found) return { ok: false, reason: 'notFound' };
  const parsed = replyTicketSchema.safeParse({ message: input.message });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, reason: 'invalid', fieldErrors };
  }
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
      .values({ ticketId: ticket.id, author: 'staff', body: parsed.data.message, createdAt: now });
    await recordAuditEvent(
      {
        type: 'ticket_answered',
        accountId: found.applicant.id,
        meta: { staffId: staff.id, ticketId: ticket.id },
      },
      { now, db: tx },
    );
    return true;
  });
  if (!posted) return { ok: false, reason: 'closed' };
  const mail = replyEmail(found.applicant.locale, found.ticket.number, found.ticket.id);
  await sendEmail(found.applicant.email, mail.subject, mail.body);
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
