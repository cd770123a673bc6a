import 'server-only';
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { connection, getDb } from '@/db/client';
import { deliveries, verificationCodes, type Delivery } from '@/db/schema';
import { log } from '@/lib/log';
import { hashCode } from '@/lib/verification/code';
import { deliver } from './index';
import { backoffMs, DELIVERY_CHANNEL, PROVIDER_TIMEOUT_MS } from './policy';
import type { SendResult } from './types';

/**
 * The delivery worker: claims due rows of `deliveries` with FOR UPDATE SKIP LOCKED (so any number of
 * instances share the queue without sending a message twice), sends each through its driver with a
 * deadline, and records the outcome: sent, a retry with backoff, or a final failure. A failed code
 * message voids its code, so the one-code-per-lifetime rule lets a new code (or another channel)
 * through at once. A claimed row carries a lease: if its instance dies, another one takes it later.
 */
const BATCH = 10;
const LEASE_MS = PROVIDER_TIMEOUT_MS * 4;

async function claim(now: Date, limit: number, to?: string): Promise<Delivery[]> {
  const db = await getDb();
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        or(
          and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
          and(eq(deliveries.status, 'sending'), lte(deliveries.lockedUntil, now)),
        ),
        to === undefined ? undefined : eq(deliveries.to, to),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(deliveries)
    .set({
      status: 'sending',
      attempts: sql`${deliveries.attempts} + 1`,
      lockedUntil: new Date(now.getTime() + LEASE_MS),
      updatedAt: now,
    })
    .where(inArray(deliveries.id, due))
    .returning();
}

/** A failed code is voided (it never arrived), which gives its one-per-lifetime limit back. */
async function voidCode(row: Delivery, now: Date): Promise<void> {
  if (!row.code || !row.codePurpose) return;
  const db = await getDb();
  await db
    .update(verificationCodes)
    .set({ expiresAt: now })
    .where(
      and(
        eq(verificationCodes.purpose, row.codePurpose),
        eq(verificationCodes.target, row.to),
        eq(verificationCodes.codeHash, hashCode(row.codePurpose, row.to, row.code)),
        isNull(verificationCodes.consumedAt),
      ),
    );
}

async function record(row: Delivery, result: SendResult, now: Date): Promise<void> {
  const db = await getDb();
  const where = and(eq(deliveries.id, row.id), eq(deliveries.status, 'sending'));
  const isCode = Boolean(row.code);
  if (result.ok) {
    // The text is not kept once sent: it may carry a code or a username.
    await db
      .update(deliveries)
      .set({
        status: 'sent',
        sentAt: now,
        driver: result.driver,
        providerId: result.id || null,
        body: '',
        code: null,
        lockedUntil: null,
        lastError: null,
        updatedAt: now,
      })
      .where(where);
    log().info({
      event: 'delivery.sent',
      delivery: row.id,
      template: row.template,
      channel: row.channel,
      driver: result.driver,
      attempts: row.attempts,
    });
    return;
  }
  const final = !result.retryable || row.attempts >= row.maxAttempts;
  if (final) {
    await voidCode(row, now);
    await db
      .update(deliveries)
      .set({
        status: 'failed',
        driver: result.driver,
        lastError: result.error,
        lockedUntil: null,
        body: isCode ? '' : row.body,
        code: null,
        updatedAt: now,
      })
      .where(where);
    log().error({
      event: 'delivery.failed',
      delivery: row.id,
      template: row.template,
      channel: row.channel,
      driver: result.driver,
      error: result.error,
      attempts: row.attempts,
    });
    return;
  }
  await db
    .update(deliveries)
    .set({
      status: 'pending',
      driver: result.driver,
      lastError: result.error,
      lockedUntil: null,
      nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts, isCode)),
      updatedAt: now,
    })
    .where(where);
  log().warn({
    event: 'delivery.retry',
    delivery: row.id,
    template: row.template,
    channel: row.channel,
    driver: result.driver,
    error: result.error,
    attempts: row.attempts,
  });
}

/**
 * Sends what is due now; returns how many rows it handled. The worker loop calls it; tests call it
 * directly (with `now` moved forward to reach retries).
 */
export async function processDeliveries({
  now,
  limit = BATCH,
  to,
}: {
  now?: Date;
  limit?: number;
  /** Only messages to this recipient (tests sharing one database keep to their own). */
  to?: string;
} = {}): Promise<number> {
  const claimed = await claim(now ?? new Date(), limit, to);
  await Promise.all(
    claimed.map(async (row) => {
      const result = await deliver({
        id: row.id,
        channel: row.channel,
        to: row.to,
        subject: row.subject,
        body: row.body,
        code: row.code ?? undefined,
        queuedAt: row.createdAt,
      });
      await record(row, result, now ?? new Date());
    }),
  );
  return claimed.length;
}

/** Sent and suppressed rows are kept this long (for an administrator's view), then deleted. */
export const KEEP_DONE_MS = 7 * 86_400_000;

/** Daily housekeeping: deletes sent and suppressed deliveries older than KEEP_DONE_MS. Failed ones stay. */
export async function pruneDeliveries(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const removed = await db
    .delete(deliveries)
    .where(
      and(
        inArray(deliveries.status, ['sent', 'suppressed']),
        lte(deliveries.createdAt, new Date(now.getTime() - KEEP_DONE_MS)),
      ),
    )
    .returning({ id: deliveries.id });
  return removed.length;
}

/** Runs processDeliveries until nothing is due (tests, and the worker after a wake-up). */
export async function drainDeliveries(options: { now?: Date; to?: string } = {}): Promise<number> {
  let total = 0;
  for (let n = await processDeliveries(options); n > 0; n = await processDeliveries(options)) total += n;
  return total;
}

interface WorkerState {
  stopped: boolean;
  running: Promise<void> | null;
  again: boolean;
  timer: NodeJS.Timeout | null;
  unlisten: (() => Promise<void>) | null;
}

const globalForWorker = globalThis as unknown as { __saDeliveryWorker?: WorkerState };

function wake(state: WorkerState): void {
  if (state.stopped) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = (async () => {
    do {
      state.again = false;
      try {
        while (!state.stopped && (await processDeliveries()) > 0);
      } catch (error) {
        log().error({ event: 'delivery.worker_error', error: (error as Error)?.name ?? 'unknown' });
      }
    } while (state.again && !state.stopped);
  })().finally(() => {
    state.running = null;
  });
}

/**
 * Starts the worker of this process: woken by NOTIFY when a transaction that queued a message commits
 * (on PostgreSQL by any instance), and every `pollMs` for retries that come due.
 */
export async function startDeliveryWorker({ pollMs = 1_000 }: { pollMs?: number } = {}): Promise<void> {
  if (globalForWorker.__saDeliveryWorker && !globalForWorker.__saDeliveryWorker.stopped) return;
  const state: WorkerState = { stopped: false, running: null, again: false, timer: null, unlisten: null };
  globalForWorker.__saDeliveryWorker = state;
  const conn = await connection();
  state.unlisten = await conn.listen(DELIVERY_CHANNEL, () => wake(state)).catch(() => null);
  state.timer = setInterval(() => wake(state), pollMs);
  state.timer.unref();
  wake(state);
}

/** Stops taking jobs and waits for the ones being sent (each bounded by the provider deadline). */
export async function stopDeliveryWorker(): Promise<void> {
  const state = globalForWorker.__saDeliveryWorker;
  if (!state || state.stopped) return;
  state.stopped = true;
  if (state.timer) clearInterval(state.timer);
  await state.unlisten?.().catch(() => undefined);
  await state.running;
}
