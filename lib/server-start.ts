import 'server-only';
import { closeDb } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { startPurgeTimer, stopPurgeTimer } from '@/lib/accounts/lifecycle/purge-timer';
import { startDeliveryWorker, stopDeliveryWorker } from '@/lib/delivery/worker';
import { env, isProduction } from '@/lib/env';
import { log } from '@/lib/log';
import { closeRedis } from '@/lib/rate-limit/store';
import { markStarted, setStopHook } from '@/lib/lifecycle';
import { productionConfigProblems } from '@/lib/production-config';
import { demoPasswordRefusal, staffWithDemoPasswords } from '@/lib/staff/demo-passwords';

/**
 * A production server that lacks what it needs to be safe does not start: it prints every problem
 * with its fix and exits non-zero (a process manager shows the message instead of a half-safe site).
 */
function refuseUnsafeProductionStart(): void {
  const problems = productionConfigProblems(env());
  if (problems.length === 0) return;
  console.error(
    `\n[startup] The server refuses to start in production:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}

const backoff = (attempt: number) => Math.min(8_000, 500 * 2 ** attempt);

async function prepareWithRetry(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase();
      return;
    } catch (error) {
      const reason = (error as { code?: string })?.code ?? (error as Error)?.name ?? 'unknown';
      if (attempt >= env().DB_START_ATTEMPTS) {
        log().fatal({ event: 'server.database_unavailable', attempts: attempt, reason });
        console.error(
          `[server] could not prepare the database after ${attempt} attempts (${reason}). ` +
            'Check DATABASE_URL and that the database server is reachable; exiting.',
        );
        throw error;
      }
      const wait = backoff(attempt);
      log().warn({ event: 'server.database_retry', attempt, reason, retryInMs: wait });
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * Runs once per server process before it takes requests. A database that cannot be prepared is
 * retried with backoff and then ends the process with a non-zero code: an instance that cannot work
 * must not look ready to a load balancer.
 */
export async function startServer(): Promise<void> {
  refuseUnsafeProductionStart();
  try {
    await prepareWithRetry();
  } catch {
    process.exit(1);
  }
  await refuseDemoStaffPasswords();
  // PURGE_TIMER=0 leaves the purge to cron (`npm run accounts:purge`).
  if (env().PURGE_TIMER !== false) startPurgeTimer();
  // DELIVERY_WORKER=0 leaves sending to other instances.
  if (env().DELIVERY_WORKER !== false) await startDeliveryWorker();
  if (env().CAPTCHA_TEST_ANSWER) {
    console.warn(
      '\n[security] WARNING: CAPTCHA_TEST_ANSWER is set. The human check accepts a fixed token (/api/health reports testMode).\n' +
        '[security] This is for automated tests only and must never be set on a public server.\n',
    );
  }
  setStopHook(async () => {
    stopPurgeTimer();
    await stopDeliveryWorker();
    await closeRedis();
    await closeDb();
  });
  markStarted();
}

/**
 * A production server never runs while a staff account can be opened with a password printed in the
 * README and the seed file (accounts seeded by an older version, or a demo password set by hand).
 */
export async function refuseDemoStaffPasswords(): Promise<void> {
  if (!isProduction()) return;
  const found = await staffWithDemoPasswords();
  if (found.length === 0) return;
  console.error(`\n${demoPasswordRefusal(found)}\n`);
  // Throwing from the instrumentation hook only logs; the process must not take requests.
  process.exit(1);
}
