/**
 * The public pages served from Next's cache (docs/decisions/0003-fast-public-pages.md): home, news list
 * and items, FAQ, services, exam calendar, announcements and guide, in both locales. Plain JavaScript
 * so that server.mjs, the middleware and the tests share this one definition.
 */
const STATIC_PATH =
  /^\/(?:fa|en)(?:\/(?:news(?:\/[a-z0-9][a-z0-9-]{0,119})?|faq|services|exam-calendar|announcements|guide))?\/?$/;

/** @param {string} pathname */
export function isStaticPublicPath(pathname) {
  return STATIC_PATH.test(pathname);
}

/** Set by the middleware on a cached public page; server.mjs removes it before the response leaves. */
export const STATIC_CSP_MARKER = 'x-portal-static-csp';
