import 'server-only';
import { prepareDatabase } from '@/db/prepare';
import { startPurgeTimer } from '@/lib/accounts/purge-timer';
import { env, isProduction } from '@/lib/env';
import { demoPasswordRefusal, staffWithDemoPasswords } from '@/lib/staff/demo-passwords';

/** Runs once per server process before it takes requests. */
export async function startServer(): Promise<void> {
  await prepareDatabase();
  await refuseDemoStaffPasswords();
  // PURGE_TIMER=0 leaves the purge to cron (`npm run accounts:purge`).
  if (env().PURGE_TIMER !== false) startPurgeTimer();
  if (env().CAPTCHA_TEST_ANSWER) {
    console.warn(
      '\n[security] WARNING: CAPTCHA_TEST_ANSWER is set. Every captcha accepts a fixed answer.\n' +
        '[security] This is for automated tests only and must never be set on a public server.\n',
    );
  }
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
