import type { Metadata, Viewport } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { directionOf, isLocale } from '@/lib/i18n/routing';
import { ErrorTextProvider } from '../_components/error-text';
import { vazirmatn } from '../_components/fonts';
import { RouteAnnouncer } from '../_components/route-announcer';
import { SiteFooter } from '../_components/site-footer';
import { SiteHeader } from '../_components/site-header';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('title'), template: `%s | ${t('title')}` },
    description: t('description'),
    robots: { index: true, follow: true },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b4f6c',
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  const te = await getTranslations('error');

  return (
    <html lang={locale} dir={directionOf(locale)} className={vazirmatn.variable}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider here: see app/_components/client-intl.tsx. */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="site-main">
          <ErrorTextProvider value={{ title: te('title'), text: te('text'), retry: te('retry') }}>
            {children}
          </ErrorTextProvider>
        </main>
        <SiteFooter />
        <RouteAnnouncer />
      </body>
    </html>
  );
}
