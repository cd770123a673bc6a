'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

function Switcher() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === 'fa' ? 'en' : 'fa';
  const query = Object.fromEntries(search.entries());
  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} className="locale-switch">
      {/* The visible word must be part of the accessible name (WCAG 2.5.3, label in name), and each
          part is spoken in its own language. */}
      <span lang={other}>{t('switchTo')}</span>
      <span className="visually-hidden"> ({t('switchToLabel')})</span>
    </Link>
  );
}

/** Keeps the page (and its query) when switching language. */
export function LocaleSwitcher() {
  return (
    <Suspense fallback={null}>
      <Switcher />
    </Suspense>
  );
}
