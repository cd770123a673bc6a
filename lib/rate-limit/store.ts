import 'server-only';
import type Redis from 'ioredis';
import { env } from '@/lib/env';

const globalForRedis = globalThis as unknown as { __saRedis?: Redis; __saRedisDownUntil?: number };

/**
 * Every Redis call is bounded (decision 0004): connecting and each command give up after
 * REDIS_TIMEOUT_MS, nothing is queued while the connection is down (a command fails at once instead
 * of waiting for a reconnect), and the client keeps reconnecting in the background.
 */
export const REDIS_TIMEOUT_MS = 500;

/** After a failure the store is treated as down for this long, so a request does not wait once per rule. */
const DOWN_FOR_MS = 2_000;

export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

/** The shared Redis connection when REDIS_URL is set; null means the in-process default. */
export async function getRedis(): Promise<Redis | null> {
  const url = env().REDIS_URL;
  if (!url) return null;
  if (!globalForRedis.__saRedis) {
    const { default: IORedis } = await import('ioredis');
    const redis = new IORedis(url, {
      connectTimeout: REDIS_TIMEOUT_MS,
      commandTimeout: REDIS_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) => Math.min(100 * times, 1_000),
      lazyConnect: false,
    });
    globalForRedis.__saRedis = redis;
    // Connection errors surface on the commands that fail; the event only needs a listener.
    redis.on('error', () => {});
    // Without an offline queue the first commands would fail while connecting: wait (briefly) for it.
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, REDIS_TIMEOUT_MS);
      redis.once('ready', done);
    });
  }
  return globalForRedis.__saRedis;
}

/**
 * Runs one Redis call with the short-circuit: while the store is known to be down, fail at once;
 * a failure marks it down for DOWN_FOR_MS.
 */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  if ((globalForRedis.__saRedisDownUntil ?? 0) > Date.now()) throw new StoreUnavailable('redis down');
  try {
    return await call();
  } catch (error) {
    globalForRedis.__saRedisDownUntil = Date.now() + DOWN_FOR_MS;
    throw error;
  }
}

export async function pingStore(): Promise<'ok' | 'error' | 'none'> {
  const redis = await getRedis();
  if (!redis) return 'none';
  try {
    // Not guarded: the health check is how the store is seen to be back.
    const answer = await redis.ping();
    if (answer === 'PONG') {
      globalForRedis.__saRedisDownUntil = 0;
      return 'ok';
    }
    return 'error';
  } catch {
    return 'error';
  }
}

export async function closeRedis(): Promise<void> {
  const redis = globalForRedis.__saRedis;
  globalForRedis.__saRedis = undefined;
  if (redis) {
    await Promise.race([
      redis.quit().catch(() => undefined),
      new Promise((r) => setTimeout(r, REDIS_TIMEOUT_MS)),
    ]);
    redis.disconnect();
  }
}
