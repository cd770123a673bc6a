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
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { claims?: unknown } | null;
  if (!body) return response;
  const claims = parseClaims(body.claims);
  if (claims && (await isSessionStillValid(claims))) return response;
  return Response.json(null, { headers: { 'Cache-Control': 'private, no-cache, no-store' } });
}
