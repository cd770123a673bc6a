/**
 * Methods the portal answers; the rest get 405 before Next sees them. The middleware refuses unknown
 * methods the same way, but TRACE never reaches it: Next's adapter builds a WHATWG Request, which
 * refuses TRACE, and Next answered with its 500 page (Node itself answers methods it does not parse,
 * such as TRACK, with 400). server.mjs wraps the app in this guard so
 * such a request gets the same 405 the middleware gives, whatever proxy stands in front.
 */
export const KNOWN_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

const KNOWN = new Set(KNOWN_METHODS);
const BODY = JSON.stringify({ error: 'method_not_allowed' });

export function withKnownMethods(handle) {
  return (req, res) => {
    if (KNOWN.has(req.method ?? '')) return handle(req, res);
    res.writeHead(405, {
      Allow: KNOWN_METHODS.join(', '),
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(BODY),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : BODY);
  };
}
