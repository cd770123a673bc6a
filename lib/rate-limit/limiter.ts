import 'server-only';
import { createHash } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import type Redis from 'ioredis';
import { getRedis, guarded } from './store';

export interface LimitRule {
  /** How many events the window allows. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export interface LimitResult {
  success: boolean;
  remaining: number;
  /** Epoch milliseconds when the next event will be allowed (meaningful when success is false). */
  reset: number;
}

export interface Limiter {
  limit(key: string, rule: LimitRule, now?: number): Promise<LimitResult>;
  reset(key: string, rule: LimitRule): Promise<void>;
}

/**
 * In-process sliding log: exact, and cheap at the small limits used here. One instance only;
 * several instances share limits through Redis.
 */
export function memoryLimiter(): Limiter {
  const hits = new Map<string, number[]>();
  const id = (key: string, rule: LimitRule) => `${key}|${rule.limit}/${rule.windowSeconds}`;
  return {
    async limit(key, rule, now = Date.now()) {
      const k = id(key, rule);
      const windowMs = rule.windowSeconds * 1000;
      const log = (hits.get(k) ?? []).filter((t) => t > now - windowMs);
      if (log.length >= rule.limit) {
        hits.set(k, log);
        return { success: false, remaining: 0, reset: log[0] + windowMs };
      }
      log.push(now);
      hits.set(k, log);
      if (hits.size > 100_000) pruneOldest(hits);
      return { success: true, remaining: rule.limit - log.length, reset: log[0] + windowMs };
    },
    async reset(key, rule) {
      hits.delete(id(key, rule));
    },
  };
}

function pruneOldest(hits: Map<string, number[]>): void {
  // Maps iterate in insertion order: drop the oldest tenth so memory stays bounded under a flood of keys.
  let n = Math.floor(hits.size / 10);
  for (const key of hits.keys()) {
    if (n-- <= 0) break;
    hits.delete(key);
  }
}

/**
 * @upstash/ratelimit speaks to Redis through eval/evalsha only; this maps those calls onto ioredis.
 * Its scripts start with a `#!lua flags=…` line that Redis before 7.4 rejects; the line only
 * declares key-locking hints, so it is dropped, and the stripped script is cached by its own SHA.
 */
function upstashAdapter(redis: Redis) {
  const run = async (script: string, keys: string[], args: unknown[]) => {
    const body = script.startsWith('#!') ? script.slice(script.indexOf('\n') + 1) : script;
    const sha = createHash('sha1').update(body).digest('hex');
    const argv = [...keys, ...(args as (string | number)[])];
    try {
      return await redis.evalsha(sha, keys.length, ...argv);
    } catch (error) {
      if (!String(error).includes('NOSCRIPT')) throw error;
      return redis.eval(body, keys.length, ...argv);
    }
  };
  return {
    // Upstash retries with eval(script) on NOSCRIPT; its SHA is of the unstripped script, so skip straight there.
    evalsha: async () => {
      throw new Error('NOSCRIPT');
    },
    eval: run,
  };
}

export function redisLimiter(redis: Redis): Limiter {
  const limiters = new Map<string, Ratelimit>();
  const forRule = (rule: LimitRule) => {
    const k = `${rule.limit}/${rule.windowSeconds}`;
    let limiter = limiters.get(k);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: upstashAdapter(redis) as unknown as ConstructorParameters<typeof Ratelimit>[0]['redis'],
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
        prefix: `sa:rl:${k}`,
        analytics: false,
        // The in-memory cache of blocked keys would make one instance disagree with the others after a reset.
        ephemeralCache: false,
      });
      limiters.set(k, limiter);
    }
    return limiter;
  };
  return {
    async limit(key, rule) {
      const { success, remaining, reset } = await guarded(() => forRule(rule).limit(key));
      return { success, remaining, reset };
    },
    async reset(key, rule) {
      await guarded(() => forRule(rule).resetUsedTokens(key));
    },
  };
}

const globalForLimiter = globalThis as unknown as { __saLimiter?: Promise<Limiter> };

export function getLimiter(): Promise<Limiter> {
  if (!globalForLimiter.__saLimiter) {
    globalForLimiter.__saLimiter = getRedis().then((redis) =>
      redis ? redisLimiter(redis) : memoryLimiter(),
    );
  }
  return globalForLimiter.__saLimiter;
}

export function setLimiter(limiter: Limiter | undefined): void {
  globalForLimiter.__saLimiter = limiter ? Promise.resolve(limiter) : undefined;
}
