'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** Keeps the page when switching language (the query is dropped: it holds nothing worth carrying across). */
export function LocaleSwitcher() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'fa' ? 'en' : 'fa';
  return (
    <Link
      href={pathname}
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
