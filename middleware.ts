import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import {
  contentSecurityPolicy,
  STATIC_SECURITY_HEADERS,
  staticPageContentSecurityPolicy,
} from '@/lib/security/headers';
import { isSameOrigin } from '@/lib/security/same-origin';
import {
  hasSessionCookie,
  isStaticPublicPath,
  SESSION_HINT_COOKIE,
  STATIC_CSP_MARKER,
} from '@/lib/security/static-pages';

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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Next answers invented methods with a 500 page; they are refused here instead (TRACE never
 * reaches the middleware: server.mjs refuses them with lib/http/known-methods.mjs, the same list).
 */
const KNOWN_METHODS = new Set([...SAFE_METHODS, 'POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * No URL of the portal comes near this. Longer ones are refused before next-intl copies the URL into
 * `Link` headers three times, which pushes the response headers past what proxies and clients accept.
 */
const MAX_URL_LENGTH = 2048;

function refuse(status: number, error: string, extra: Record<string, string> = {}): NextResponse {
  const response = NextResponse.json({ error }, { status });
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  response.headers.set('Cache-Control', 'no-store');
  for (const [key, value] of Object.entries(extra)) response.headers.set(key, value);
  return response;
}

/** The same cap as serverActions.bodySizeLimit in next.config.ts. */
const MAX_ACTION_BODY_BYTES = 64 * 1024;

/**
 * Next decodes a server action's body before any of our code runs, and answers an oversized or
 * malformed one with a 500. Browsers always send a JSON array (text/plain) or a multipart body with
 * the root part `0`, so anything else is refused here with a 4xx.
 */
async function refuseMalformedAction(request: NextRequest): Promise<NextResponse | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_ACTION_BODY_BYTES) return refuse(413, 'too_large');
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      const form = await request.clone().formData();
      if (!form.has('0')) return refuse(400, 'malformed_action');
      return undefined;
    }
    const text = await request.clone().text();
    if (text.length > MAX_ACTION_BODY_BYTES) return refuse(413, 'too_large');
    if (!Array.isArray(JSON.parse(text))) return refuse(400, 'malformed_action');
    return undefined;
  } catch {
    return refuse(400, 'malformed_action');
  }
}

export default async function middleware(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (!KNOWN_METHODS.has(request.method)) {
    return refuse(405, 'method_not_allowed', { Allow: [...KNOWN_METHODS].join(', ') });
  }
  if (request.url.length > MAX_URL_LENGTH) return refuse(414, 'uri_too_long');
  // A non-GET request to a page is a server action (or a form posting to one). Next compares Origin
  // with Host too, but answers a mismatch with a 500 and an error in the log; refusing here gives a
  // clean 403 and also covers requests without any Origin, which Next lets through.
  // Route handlers (/api) check for themselves with lib/security/same-origin.
  if (!SAFE_METHODS.has(request.method) && !pathname.startsWith('/api/') && !isSameOrigin(request)) {
    return refuse(403, 'forbidden_origin');
  }
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const refused = await refuseMalformedAction(request);
    if (refused) return refused;
  }
  const isDev = process.env.NODE_ENV === 'development';
  // API routes and file-like paths (/favicon.ico, /x.php) get no locale prefix, but still the CSP:
  // their 404 page is HTML with inline scripts, and only the nonce lets those run.
  const skipLocale = pathname.startsWith('/api/') || /\.[^/]*$/.test(pathname);
  const response = skipLocale ? NextResponse.next() : intl(request);
  if (!isDev && SAFE_METHODS.has(request.method) && isStaticPublicPath(pathname)) {
    // A cached public page: the same HTML for everyone, so no nonce reaches the render (it would be
    // baked into the cache); server.mjs adds the hashes of its inline scripts to this policy.
    response.headers.set('Content-Security-Policy', staticPageContentSecurityPolicy());
    response.headers.set(STATIC_CSP_MARKER, '1');
  } else {
    const value = nonce();
    const csp = contentSecurityPolicy(value, isDev);
    forwardRequestHeaders(response, request, { 'content-security-policy': csp, 'x-nonce': value });
    response.headers.set('Content-Security-Policy', csp);
  }
  for (const { key, value: v } of STATIC_SECURITY_HEADERS) response.headers.set(key, v);
  syncSessionHint(request, response);
  return response;
}

/** Keeps the readable "signed in?" hint in step with the presence of the session cookie. */
function syncSessionHint(request: NextRequest, response: NextResponse): void {
  const signedIn = hasSessionCookie(request.cookies.getAll().map((c) => c.name));
  const hinted = request.cookies.get(SESSION_HINT_COOKIE)?.value === '1';
  if (signedIn && !hinted) {
    response.cookies.set(SESSION_HINT_COOKIE, '1', { path: '/', sameSite: 'lax', httpOnly: false });
  } else if (!signedIn && request.cookies.has(SESSION_HINT_COOKIE)) {
    response.cookies.delete(SESSION_HINT_COOKIE);
  }
}

export const config = {
  runtime: 'nodejs',
  // Everything but Next's hashed static assets (next.config adds the other headers to those) and the
  // document routes: Next copies a request's whole body (up to 10 MB, then silently truncated) before
  // running the middleware, which would defeat the streaming limit of uploads. Those handlers check
  // the origin themselves and answer JSON or a sandboxed file, so they need no nonce.
  matcher: ['/((?!_next/static|_next/image|api/documents).*)'],
};
