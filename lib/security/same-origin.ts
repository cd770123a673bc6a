/**
 * CSRF defence for route handlers that change state. Server actions get Next's own Origin/Host check;
 * route handlers get nothing, so each POST/PUT/PATCH/DELETE handler calls this first.
 *
 * Browsers send Origin on every cross-origin request and on every same-origin non-GET request, so a
 * missing Origin is refused too: a legitimate browser form or fetch always carries one.
 */
export function isSameOrigin(source: Request | Headers, allowedOrigins: readonly string[] = []): boolean {
  // Server actions only have the headers (next/headers); route handlers and the middleware have the request.
  const headers = source instanceof Headers ? source : source.headers;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (allowedOrigins.includes(origin)) return true;
  // Behind a TLS-terminating proxy the Host seen here is the public one only if the proxy forwards it.
  // Trusting X-Forwarded-Host is safe here: a cross-site page cannot make a browser send a forged one.
  const host =
    headers.get('x-forwarded-host')?.split(',')[0]?.trim() ??
    headers.get('host') ??
    (source instanceof Request ? new URL(source.url).host : null);
  return originHost === host;
}

/** A ready 403 for handlers: `const refused = refuseCrossOrigin(request); if (refused) return refused;` */
export function refuseCrossOrigin(
  request: Request,
  allowedOrigins?: readonly string[],
): Response | undefined {
  if (isSameOrigin(request, allowedOrigins)) return undefined;
  return Response.json(
    { error: 'forbidden_origin' },
    { status: 403, headers: { 'Cache-Control': 'no-store' } },
  );
}
