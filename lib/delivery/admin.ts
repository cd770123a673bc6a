import 'server-only';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { deliveries } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Channel } from './types';

export const DELIVERY_STATUSES = ['failed', 'pending', 'sending', 'sent'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryView {
  id: string;
  template: string;
  channel: Channel;
  /** The recipient with its middle hidden: enough to recognise, not to copy. */
  to: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  driver: string | null;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
  /** Whether retryDelivery() can send it again (failed, and not a code: a failed code is void). */
  retryable: boolean;
}

export function maskRecipient(to: string): string {
  const at = to.indexOf('@');
  if (at > 0) return `${to.slice(0, Math.min(2, at))}…${to.slice(at)}`;
  return to.length > 6 ? `${to.slice(0, 4)}…${to.slice(-2)}` : '…';
}

/** For an administrator: the queue, newest first, optionally one status (e.g. every final failure). */
export async function listDeliveries({
  status,
  limit = 100,
}: { status?: DeliveryStatus; limit?: number } = {}): Promise<DeliveryView[]> {
  const db = await getDb();
  const filters: SQL[] = [];
  if (status) filters.push(eq(deliveries.status, status));
  const rows = await db
    .select()
    .from(deliveries)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(deliveries.createdAt))
    .limit(Math.min(500, Math.max(1, limit)));
  return rows.map((r) => ({
    id: r.id,
    template: r.template,
    channel: r.channel,
    to: maskRecipient(r.to),
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    lastError: r.lastError,
    driver: r.driver,
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    retryable: r.status === 'failed' && r.codePurpose === null,
  }));
}

/** How many deliveries are in each state: the administrator's page shows them next to its filter. */
export async function countDeliveries(): Promise<Record<DeliveryStatus, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: deliveries.status, count: sql<number>`count(*)::int` })
    .from(deliveries)
    .groupBy(deliveries.status);
  const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
  for (const row of rows) if (row.status in counts) counts[row.status as DeliveryStatus] = Number(row.count);
  return counts;
}

/**
 * An administrator sends a failed message again (e.g. after fixing the provider's key): it goes back
 * to the queue with a fresh set of attempts. Code messages are not retried: their code was voided
 * when they failed, and the applicant asks for a new one. With `actorId` (the staff page) the retry
 * is an audit row in the same transaction; the dev API passes none.
 */
export async function retryDelivery(
  id: string,
  { now = new Date(), actorId }: { now?: Date; actorId?: string } = {},
): Promise<'queued' | 'notRetryable'> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(deliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null, updatedAt: now })
      .where(and(eq(deliveries.id, id), eq(deliveries.status, 'failed'), isNull(deliveries.codePurpose)))
      .returning({ id: deliveries.id });
    if (updated.length !== 1) return 'notRetryable';
    if (actorId)
      await recordAuditEvent(
        { type: 'delivery_retried', meta: { deliveryId: id, actorId } },
        { now, db: tx },
      );
    return 'queued';
  });
}
