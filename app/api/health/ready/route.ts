import { readiness } from '@/lib/health/checks';

export const dynamic = 'force-dynamic';

/** Readiness (send traffic here?): 503 while the database does not answer or the instance is draining. */
export async function GET(): Promise<Response> {
  const { ready, status, checks } = await readiness();
  return Response.json(
    { status, checks },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
