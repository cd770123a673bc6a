'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

/**
 * Keeps the page when switching language. The query is dropped on purpose: reading it needs
 * useSearchParams inside a Suspense boundary, and that streamed boundary made first loads fail
 * hydration intermittently (React #418).
 */
export function LocaleSwitcher() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'fa' ? 'en' : 'fa';
  return (
    <Link href={pathname} locale={other} hrefLang={other} className="locale-switch">
      {/* The visible word must be part of the accessible name (WCAG 2.5.3, label in name), and each
          part is spoken in its own language. */}
      <span lang={other}>{t('switchTo')}</span>
      <span className="visually-hidden"> ({t('switchToLabel')})</span>
    </Link>
  );
}
