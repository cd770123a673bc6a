import 'server-only';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { outboxMessages } from '@/db/schema';
import type { Channel, Driver } from './types';

/**
 * The reserved top-level domain `.invalid` (RFC 2606) never receives mail: the outbox refuses it as a
 * provider refuses an undeliverable recipient (a final 422), so development and the end-to-end tests
 * can see a failed delivery on the administrators' page and send it again.
 */
export const UNDELIVERABLE_EMAIL = /\.invalid$/i;

/** Stores the message instead of sending it, so development and tests lose nothing and can read codes back. */
export const outboxDriver: Driver = {
  name: 'outbox',
  async send(message) {
    if (message.channel === 'email' && UNDELIVERABLE_EMAIL.test(message.to))
      return { ok: false, error: 'status_422', driver: 'outbox', retryable: false };
    try {
      const db = await getDb();
      const [row] = await db
        .insert(outboxMessages)
        .values({
          channel: message.channel,
          to: message.to,
          subject: message.subject ?? null,
          body: message.body,
          ...(message.queuedAt ? { createdAt: message.queuedAt } : {}),
        })
        .returning({ id: outboxMessages.id });
      return { ok: true, id: row.id, driver: 'outbox' };
    } catch {
      return { ok: false, error: 'outbox_write_failed', driver: 'outbox', retryable: true };
    }
  },
};

export interface OutboxQuery {
  to?: string;
  channel?: Channel;
  limit?: number;
}

export async function listOutbox({ to, channel, limit = 200 }: OutboxQuery = {}) {
  const db = await getDb();
  const filters: SQL[] = [];
  if (to) filters.push(eq(outboxMessages.to, to));
  if (channel) filters.push(eq(outboxMessages.channel, channel));
  return db
    .select()
    .from(outboxMessages)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(limit);
}
