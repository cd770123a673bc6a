import { env } from '@/lib/env';
import { readiness } from '@/lib/health/checks';

export const dynamic = 'force-dynamic';

/**
 * The contract's health check: 200 `{"status":"ok"}` when the database (and Redis) answer. Redis down
 * answers 200 `"degraded"` (unless REDIS_REQUIRED=1), so one shared dependency cannot take every
 * instance out of the balancer at once; the database down, or a draining instance, answers 503.
 * Orchestrators should prefer /api/health/live and /api/health/ready.
 */
export async function GET(): Promise<Response> {
  const { ready, status, checks } = await readiness();
  return Response.json(
    {
      status,
      checks,
      // The human check accepts a fixed token (CAPTCHA_TEST_ANSWER): fine for a test server, visible to monitoring.
      ...(env().CAPTCHA_TEST_ANSWER ? { testMode: true } : {}),
      time: new Date().toISOString(),
    },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
