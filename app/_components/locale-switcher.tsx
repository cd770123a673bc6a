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
    <Link
      href={{ pathname, query }}
      locale={other}
      lang={other}
      hrefLang={other}
      className="locale-switch"
      aria-label={t('switchToLabel')}
    >
      {t('switchTo')}
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
