import { connection } from '@/db/client';
import { env } from '@/lib/env';
import { pingStore } from '@/lib/rate-limit/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const checks: Record<string, 'ok' | 'error'> = {};
  try {
    await (await connection()).ping();
    checks.database = 'ok';
  } catch {
    checks.database = 'error';
  }
  const store = await pingStore();
  if (store !== 'none') checks.redis = store;
  const healthy = Object.values(checks).every((v) => v === 'ok');
  return Response.json(
    {
      status: healthy ? 'ok' : 'error',
      checks,
      // The human check accepts a fixed token (CAPTCHA_TEST_ANSWER): fine for a test server, visible to monitoring.
      ...(env().CAPTCHA_TEST_ANSWER ? { testMode: true } : {}),
      time: new Date().toISOString(),
    },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
