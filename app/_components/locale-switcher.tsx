'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Keeps the page when switching language. A client component only because the header lives in the
 * layout, which is not re-rendered on client-side navigation: the path must come from the browser.
 * It uses next/navigation, not next-intl, so next-intl's client runtime stays off pages that need no
 * translations in the browser. The query is dropped on purpose: reading it needs useSearchParams inside
 * a Suspense boundary, a streamed part of every page's header for the sake of a filter or two.
 */
export function LocaleSwitcher({
  locale,
  label,
  accessibleLabel,
}: {
  locale: Locale;
  label: string;
  accessibleLabel: string;
}) {
  const pathname = usePathname() ?? `/${locale}`;
  const other: Locale = locale === 'fa' ? 'en' : 'fa';
  // localePrefix is 'always': every page path starts with /fa or /en.
  const rest = pathname.replace(/^\/(fa|en)(?=\/|$)/, '');
  return (
    <NextLink href={`/${other}${rest}`} hrefLang={other} prefetch={false} className="locale-switch">
      {/* The visible word must be part of the accessible name (WCAG 2.5.3, label in name), and each
          part is spoken in its own language. */}
      <span lang={other}>{label}</span>
      <span className="visually-hidden"> ({accessibleLabel})</span>
    </NextLink>
  );
}
