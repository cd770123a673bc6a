import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/**
 * `export const generateMetadata = titleFrom('faq')`: the page's <title> is the `title` message of its
 * namespace (the layout's template adds the portal's name).
 */
export function titleFrom(namespace: string) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: Locale }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t('title') };
  };
}
