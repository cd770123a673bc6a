/**
 * The public pages that are rendered once and served from Next's cache until an administrator edits
 * content (docs/decisions/0003-fast-public-pages.md). They have no form and show no personal data, so
 * their HTML is identical for every visitor; every other page keeps the per-request nonce.
 * The pages themselves say `dynamic = 'force-static'`; `isStaticPublicPath` (one regular expression in
 * static-paths.mjs) is what the middleware and server.mjs use to give them the hash-based policy.
 */
export { isStaticPublicPath, STATIC_CSP_MARKER } from './static-paths.mjs';

/**
 * A readable hint that this browser holds a session cookie (never the session itself): the cached
 * pages show the visitor links, and the header's small client island asks `/api/account/header` who is
 * signed in only when this hint is present, so anonymous crowds cost no extra request.
 */
export const SESSION_HINT_COOKIE = 'portal-signed-in';
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
