import 'server-only';
import { prepareDatabase } from '@/db/prepare';
import { startPurgeTimer } from '@/lib/accounts/purge-timer';
import { env } from '@/lib/env';
import { productionConfigProblems } from '@/lib/production-config';

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

/** Runs once per server process before it takes requests. */
export async function startServer(): Promise<void> {
  refuseUnsafeProductionStart();
  await prepareDatabase();
  // PURGE_TIMER=0 leaves the purge to cron (`npm run accounts:purge`).
  if (env().PURGE_TIMER !== false) startPurgeTimer();
  if (env().CAPTCHA_TEST_ANSWER) {
    console.warn(
      '\n[security] WARNING: CAPTCHA_TEST_ANSWER is set. The human check accepts a fixed token (/api/health reports testMode).\n' +
        '[security] This is for automated tests only and must never be set on a public server.\n',
    );
  }
}
