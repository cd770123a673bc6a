import 'server-only';
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, profiles, supportTickets, ticketMessages, type StaffUser } from '@/db/schema';
import { isUuid, staffCanSee, universityScope } from '@/lib/review/scope';

export const TICKET_STATUSES = ['open', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const DESK_PAGE_SIZE = 25;

export interface DeskRow {
  id: string;
  number: number;
  subject: string;
  status: string;
  updatedAt: Date;
  firstName: string;
  lastName: string;
}

/**
 * The support desk: tickets of the applicants in the staff member's scope (a reviewer: those whose
 * profile names their university; an administrator: every ticket), most recently active first, by
 * keyset pages; the default filter is the tickets waiting for staff.
 */
export async function listDeskTickets(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
  query: { status?: string; before?: string } = {},
): Promise<{ rows: DeskRow[]; next: string | null }> {
  const scope = universityScope(staff);
  if (!scope) return { rows: [], next: null };
  const db = await getDb();
  const status = (TICKET_STATUSES as readonly string[]).includes(query.status ?? '') ? query.status! : 'open';
  const cursor = decodeDeskCursor(query.before);
  const conditions: Array<SQL | undefined> = [
    eq(supportTickets.status, status),
    scope.universityId ? eq(profiles.universityId, scope.universityId) : undefined,
    cursor
      ? or(
          lt(supportTickets.updatedAt, cursor.at),
          and(eq(supportTickets.updatedAt, cursor.at), lt(supportTickets.id, cursor.id)),
        )
      : undefined,
  ];
  const rows = await db
    .select({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      status: supportTickets.status,
      updatedAt: supportTickets.updatedAt,
      firstName: accounts.firstName,
      lastName: accounts.lastName,
    })
    .from(supportTickets)
    .innerJoin(accounts, eq(accounts.id, supportTickets.accountId))
    .leftJoin(profiles, eq(profiles.accountId, supportTickets.accountId))
    .where(and(...conditions))
    .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.id))
    .limit(DESK_PAGE_SIZE + 1);
  const page = rows.slice(0, DESK_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    next:
      rows.length > DESK_PAGE_SIZE && last
        ? Buffer.from(`${last.updatedAt.toISOString()}|${last.id}`).toString('base64url')
        : null,
  };
}

function decodeDeskCursor(cursor: unknown): { at: Date; id: string } | null {
  if (typeof cursor !== 'string' || cursor.length > 200) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  return Number.isNaN(at.getTime()) || !isUuid(id) ? null : { at, id };
}

/** One ticket with its thread and its applicant, or null (→ 404) outside the staff member's scope. */
export async function getDeskTicket(staff: Pick<StaffUser, 'role' | 'universityId'>, ticketId: string) {
  if (!isUuid(ticketId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ticket: supportTickets,
      applicant: {
        id: accounts.id,
        firstName: accounts.firstName,
        lastName: accounts.lastName,
        email: accounts.email,
        locale: accounts.locale,
      },
      universityId: profiles.universityId,
    })
    .from(supportTickets)
    .innerJoin(accounts, eq(accounts.id, supportTickets.accountId))
    .leftJoin(profiles, eq(profiles.accountId, supportTickets.accountId))
    .where(eq(supportTickets.id, ticketId))
    .limit(1);
  if (!row || !staffCanSee(staff, row.universityId)) return null;
  const messages = await db
    .select()
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticketId))
    .orderBy(asc(ticketMessages.createdAt));
  return { ...row, messages };
}

/** Counts per status for the desk's filter (in scope). */
export async function countDeskTickets(staff: Pick<StaffUser, 'role' | 'universityId'>) {
  const scope = universityScope(staff);
  const counts: Record<TicketStatus, number> = { open: 0, answered: 0, closed: 0 };
  if (!scope) return counts;
  const db = await getDb();
  const rows = await db
    .select({ status: supportTickets.status, n: sql<number>`count(*)::int` })
    .from(supportTickets)
    .leftJoin(profiles, eq(profiles.accountId, supportTickets.accountId))
    .where(
      and(
        inArray(supportTickets.status, [...TICKET_STATUSES]),
        scope.universityId ? eq(profiles.universityId, scope.universityId) : undefined,
      ),
    )
    .groupBy(supportTickets.status);
  for (const r of rows) counts[r.status as TicketStatus] = Number(r.n);
  return counts;
}
