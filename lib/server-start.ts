import 'server-only';
import { prepareDatabase } from '@/db/prepare';
import { startPurgeTimer } from '@/lib/accounts/purge-timer';
import { env } from '@/lib/env';

/** Runs once per server process before it takes requests. */
export async function startServer(): Promise<void> {
  await prepareDatabase();
  // PURGE_TIMER=0 leaves the purge to cron (`npm run accounts:purge`).
  if (env().PURGE_TIMER !== false) startPurgeTimer();
  if (env().CAPTCHA_TEST_ANSWER) {
    console.warn(
      '\n[security] WARNING: CAPTCHA_TEST_ANSWER is set. Every captcha accepts a fixed answer.\n' +
        '[security] This is for automated tests only and must never be set on a public server.\n',
    );
  }
}
