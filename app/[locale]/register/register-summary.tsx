import NextLink from 'next/link';
import type { useTranslations } from 'next-intl';
import type { SummaryItem } from '@/app/_components/form/error-summary';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';

/** The summary's line for a duplicate account: it links to the recovery page. */
export function duplicateAccountItem(locale: Locale, te: ReturnType<typeof useTranslations>): SummaryItem {
  const messageKey = locale === 'fa' ? 'duplicateAccount' : 'duplicateAccountEmail';
  return {
    message: te.markup(messageKey, { link: (chunks) => chunks }),
    content: te.rich(messageKey, {
      link: (chunks) => <NextLink href={localizedPathname('/forgot-password', locale)}>{chunks}</NextLink>,
    }),
  };
}
