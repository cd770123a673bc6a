/**
 * The public pages served from cache (docs/decisions/0005-fast-public-pages.md): home, news list and
 * items, FAQ, services, exam calendar, announcements and guide, in both locales. Plain JavaScript with
 * no imports, so server.mjs, the middleware (edge bundle), the server action and the tests share it.
 */
const STATIC_PATH =
  /^\/(?:fa|en)(?:\/(?:news(?:\/[a-z0-9][a-z0-9-]{0,119})?|faq|services|exam-calendar|announcements|guide))?\/?$/;

/** @param {string} pathname */
export function isStaticPublicPath(pathname) {
  return STATIC_PATH.test(pathname);
}

/** Set by the middleware on a cached public page; server.mjs removes it before the response leaves. */
export const STATIC_CSP_MARKER = 'x-portal-static-csp';

/**
 * A readable hint that this browser holds a session cookie (never the session itself): the cached
 * pages show the visitor links, and the header's small client island asks `/api/account/header` who is
 * signed in only when this hint is present, so anonymous crowds cost no extra request.
 */
export const SESSION_HINT_COOKIE = 'portal-signed-in';
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** @param {Iterable<string>} cookieNames */
export function hasSessionCookie(cookieNames) {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

const VERSION = Symbol.for('portal.publicPagesVersion');

/**
 * Bumped by every content save (in the same process as server.mjs): the front cache of server.mjs
 * drops every page it holds, and Next's own cache was invalidated by revalidatePath in the same action.
 */
export function bumpPublicPagesVersion() {
  globalThis[VERSION] = (globalThis[VERSION] ?? 0) + 1;
}

/** @returns {number} */
export function publicPagesVersion() {
  return globalThis[VERSION] ?? 0;
}
