/**
 * The public pages that are rendered once and served from cache until an administrator edits content
 * (docs/decisions/0005-fast-public-pages.md). They have no form and show no personal data, so their
 * HTML is identical for every visitor; every other page keeps the per-request nonce. The pages
 * themselves say `dynamic = 'force-static'`; the definitions live in static-paths.mjs, shared with
 * server.mjs.
 */
export {
  bumpPublicPagesVersion,
  hasSessionCookie,
  isStaticPublicPath,
  SESSION_HINT_COOKIE,
  STATIC_CSP_MARKER,
} from './static-paths.mjs';
