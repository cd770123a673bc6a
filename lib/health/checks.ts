import 'server-only';
import { connection } from '@/db/client';
import { env } from '@/lib/env';
import { lifecycle } from '@/lib/lifecycle';
import { pingStore } from '@/lib/rate-limit/store';

/** Each check answers within this, whatever the dependency does (a health check must never hang). */
export const CHECK_TIMEOUT_MS = 1_500;

function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export type CheckState = 'ok' | 'error' | 'degraded';

export interface Readiness {
  ready: boolean;
  status: 'ok' | 'degraded' | 'error' | 'draining';
  checks: Record<string, CheckState>;
}

/**
 * Readiness: the database must answer; Redis down is `degraded` (sign-in and everything that has a
 * database-backed fallback keeps working, code sends refuse) unless REDIS_REQUIRED=1; a draining
 * instance (SIGTERM received) is not ready, so the balancer stops sending it traffic.
 */
export async function readiness(): Promise<Readiness> {
  const [database, store] = await Promise.all([
    within(
      connection().then(async (c) => {
        await c.ping();
        return 'ok' as const;
      }),
      CHECK_TIMEOUT_MS,
      'error' as const,
    ),
    within(pingStore(), CHECK_TIMEOUT_MS, 'error' as const),
  ]);
  const checks: Record<string, CheckState> = { database };
  if (store !== 'none') checks.redis = store === 'ok' ? 'ok' : env().REDIS_REQUIRED ? 'error' : 'degraded';
  const draining = lifecycle().draining;
  const failed = Object.values(checks).includes('error');
  const degraded = Object.values(checks).includes('degraded');
  return {
    ready: !failed && !draining,
    status: draining ? 'draining' : failed ? 'error' : degraded ? 'degraded' : 'ok',
    checks,
  };
}
