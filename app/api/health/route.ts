import { connection } from '@/db/client';
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
    { status: healthy ? 'ok' : 'error', checks, time: new Date().toISOString() },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
