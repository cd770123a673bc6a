import 'server-only';
import { prepareDatabase } from '@/db/prepare';
import { env } from '@/lib/env';

/** Runs once per server process before it takes requests. */
export async function startServer(): Promise<void> {
  await prepareDatabase();
  if (env().CAPTCHA_TEST_ANSWER) {
    console.warn(
      '\n[security] WARNING: CAPTCHA_TEST_ANSWER is set. Every captcha accepts a fixed answer.\n' +
        '[security] This is for automated tests only and must never be set on a public server.\n',
    );
  }
}
