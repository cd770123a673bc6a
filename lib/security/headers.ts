/**
 * Security headers shared by the middleware (pages) and next.config (everything else).
 * Pure functions so tests can check each header without a server.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  // Scripts only from this origin and Next's nonce-carrying inline bootstraps; the dev server needs eval for HMR.
  return policyWithScripts(
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    isDev,
  );
}

/**
 * The policy of a cached public page (docs/decisions/0005-fast-public-pages.md). The HTML is the same
 * for every visitor, so it cannot carry a per-request nonce: its inline scripts are allowed by their
 * SHA-256 hashes instead, which server.mjs (lib/security/static-page-csp.mjs) appends to this
 * `script-src 'self'` from the body it sends. Without that step (e.g. `next start` run directly) the
 * policy stays `script-src 'self'`: the page still shows, its inline scripts are refused.
 * Never `unsafe-inline`, and scripts from this origin only.
 */
export const STATIC_PAGE_SCRIPT_SRC = "script-src 'self'";
export function staticPageContentSecurityPolicy(): string {
  return policyWithScripts(STATIC_PAGE_SCRIPT_SRC, false);
}

function policyWithScripts(scriptSrc: string, isDev: boolean): string {
  const directives = [
    "default-src 'self'",
    scriptSrc,
    // React sets style attributes; no third-party stylesheet is ever loaded.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (!isDev) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-DNS-Prefetch-Control', value: 'off' },
];
