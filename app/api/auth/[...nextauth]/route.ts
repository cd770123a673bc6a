import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { isSessionStillValid } from '@/lib/auth/session';
import { parseClaims } from '@/lib/auth/session-policy';

export const { POST } = handlers;

/**
 * next-auth's own GET routes, with one addition: `/api/auth/session` answers like a signed-out visitor
 * (`null`, no refreshed cookie) for a session the server has revoked — signed out of, or older than
 * a password change or "sign out everywhere" (sessionVersion) — as every page would. next-auth alone
 * only knows the cookie's signature and expiry. The check is one prepared statement.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (!request.nextUrl.pathname.endsWith('/session') || response.status !== 200) return response;
  // Read once and answered afresh: a tee'd body (clone) costs more than the few bytes it carries.
  const text = await response.text();
  const body = (() => {
    try {
      return JSON.parse(text) as { claims?: unknown } | null;
    } catch {
      return null;
    }
  })();
  const claims = parseClaims(body?.claims);
  const valid = !body || (claims !== null && (await isSessionStillValid(claims)));
  return new Response(valid ? text : 'null', {
    status: 200,
    // A revoked session gets no refreshed cookie: next-auth's Set-Cookie goes with its answer.
    headers: valid
      ? response.headers
      : { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-cache, no-store' },
  });
}
