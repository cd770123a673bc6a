import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';

const intl = createIntlMiddleware(routing);

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Next reads the nonce from the request's CSP header and stamps it on its own inline scripts.
 * The i18n middleware builds its own response (rewrite or next), so the request headers are
 * forwarded the way NextResponse.next({ request }) does it, merged with any it already forwards.
 */
function forwardRequestHeaders(
  response: NextResponse,
  request: NextRequest,
  extra: Record<string, string>,
): void {
  if (response.headers.has('location')) return;
  // The override list replaces the request's whole header set, so it names every header.
  const forwarded = new Headers(request.headers);
  const existing = response.headers.get('x-middleware-override-headers');
  for (const name of existing ? existing.split(',') : []) {
    const v = response.headers.get(`x-middleware-request-${name}`);
    if (v !== null) forwarded.set(name, v);
  }
  for (const [name, v] of Object.entries(extra)) forwarded.set(name, v);
  for (const [name, v] of forwarded) response.headers.set(`x-middleware-request-${name}`, v);
  response.headers.set('x-middleware-override-headers', [...forwarded.keys()].join(','));
}

export default function middleware(request: NextRequest): NextResponse {
  const value = nonce();
  const csp = contentSecurityPolicy(value, process.env.NODE_ENV === 'development');
  const response = request.nextUrl.pathname.startsWith('/api/') ? NextResponse.next() : intl(request);
  forwardRequestHeaders(response, request, { 'content-security-policy': csp, 'x-nonce': value });
  response.headers.set('Content-Security-Policy', csp);
  for (const { key, value: v } of STATIC_SECURITY_HEADERS) response.headers.set(key, v);
  return response;
}

export const config = {
  // Everything but Next's static assets and files with an extension.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\..*).*)'],
};
