import 'server-only';
import { and, desc, eq, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { isUuid } from '@/lib/review/scope';

export const AUDIT_PAGE_SIZE = 50;
/** The filters the audit page offers: an event family (type prefix). */
export const AUDIT_FAMILIES = [
  'all',
  'staff',
  'account',
  'ticket',
  'university',
  'login',
  'password',
  'content',
  'delivery',
] as const;
export type AuditFamily = (typeof AUDIT_FAMILIES)[number];

/**
 * The audit log for administrators: newest first, keyset pages, filtered by event family and/or by
 * one id (staff, applicant or ticket) anywhere in the row. Rows hold ids and keyed hashes only.
 */
export async function listAuditEvents(query: { family?: string; id?: string; before?: string } = {}) {
  const db = await getDb();
  const family = (AUDIT_FAMILIES as readonly string[]).includes(query.family ?? '') ? query.family! : 'all';
  const conditions: Array<SQL | undefined> = [];
  if (family !== 'all') conditions.push(like(auditEvents.type, `${family}%`));
  const id = query.id?.trim().toLowerCase();
  if (id && isUuid(id)) {
    conditions.push(
      or(
        eq(auditEvents.accountId, id),
        sql`${auditEvents.meta}->>'staffId' = ${id}`,
        sql`${auditEvents.meta}->>'reviewerId' = ${id}`,
        sql`${auditEvents.meta}->>'actorId' = ${id}`,
        sql`${auditEvents.meta}->>'ticketId' = ${id}`,
        sql`${auditEvents.meta}->>'deliveryId' = ${id}`,
        sql`${auditEvents.meta}->>'contentId' = ${id}`,
      ),
    );
  }
  if (query.before) {
    const [iso, rowId] = Buffer.from(query.before, 'base64url').toString('utf8').split('|');
    const at = new Date(iso ?? '');
    if (!Number.isNaN(at.getTime()) && isUuid(rowId))
      conditions.push(
        or(lt(auditEvents.createdAt, at), and(eq(auditEvents.createdAt, at), lt(auditEvents.id, rowId))),
      );
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    next:
      rows.length > AUDIT_PAGE_SIZE && last
        ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url')
        : null,
  };
}
