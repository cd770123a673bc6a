import 'server-only';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { deliveries } from '@/db/schema';
import type { Channel } from './types';

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

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

/**
 * An administrator sends a failed message again (e.g. after fixing the provider's key): it goes back
 * to the queue with a fresh set of attempts. Code messages are not retried: their code was voided
 * when they failed, and the applicant asks for a new one.
 */
export async function retryDelivery(id: string, now: Date = new Date()): Promise<'queued' | 'notRetryable'> {
  const db = await getDb();
  const updated = await db
    .update(deliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null, updatedAt: now })
    .where(and(eq(deliveries.id, id), eq(deliveries.status, 'failed'), isNull(deliveries.codePurpose)))
    .returning({ id: deliveries.id });
  return updated.length === 1 ? 'queued' : 'notRetryable';
}
