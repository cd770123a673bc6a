import 'server-only';
import type Redis from 'ioredis';
import { env } from '@/lib/env';

const globalForRedis = globalThis as unknown as { __saRedis?: Redis };

/** The shared Redis connection when REDIS_URL is set; null means the in-process default. */
export async function getRedis(): Promise<Redis | null> {
  const url = env().REDIS_URL;
  if (!url) return null;
  if (!globalForRedis.__saRedis) {
    const { default: IORedis } = await import('ioredis');
    globalForRedis.__saRedis = new IORedis(url, {
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    // Connection errors surface on the commands that fail; the event only needs a listener.
    globalForRedis.__saRedis.on('error', () => {});
  }
  return globalForRedis.__saRedis;
}

export async function pingStore(): Promise<'ok' | 'error' | 'none'> {
  const redis = await getRedis();
  if (!redis) return 'none';
  try {
    return (await redis.ping()) === 'PONG' ? 'ok' : 'error';
  } catch {
    return 'error';
  }
}

export async function closeRedis(): Promise<void> {
  const redis = globalForRedis.__saRedis;
  globalForRedis.__saRedis = undefined;
  if (redis) await redis.quit().catch(() => undefined);
}
