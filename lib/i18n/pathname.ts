import { routing, type Locale } from './routing';

/**
 * What next-intl's `getPathname({ href, locale })` returns for this routing (every path prefixed with
 * its locale, no translated pathnames), for server components. Importing `getPathname` from
 * lib/i18n/navigation would register next-intl's client Link, and with it next-intl's client runtime,
 * in the bundle of every page that renders a link; tests/unit/i18n/pathname.test.ts keeps the two equal.
 */
export function localizedPathname(href: string, locale: Locale): string {
  if (routing.localePrefix !== 'always') throw new Error('localizedPathname assumes localePrefix "always"');
  if (!href.startsWith('/')) return href;
  const [, path = '/', suffix = ''] = /^([^?#]*)(.*)$/.exec(href) ?? [];
  return `/${locale}${path === '/' ? '' : path}${suffix}`;
}
