export const dynamic = 'force-dynamic';

/** Liveness (restart me?): the process answers. No dependency is checked, so a database outage never restarts instances. */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
