import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { NotFoundContent } from '@/app/_components/not-found-content';
import { INTERNAL_404_HEADER } from '@/lib/http/server-rendered-404.mjs';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * The 404 page drawn on the server. Next answers a notFound() with an empty shell that only the
 * browser's JavaScript fills in (vercel/next.js#62228); server.mjs replaces that shell with this page,
 * which it asks for itself (lib/http/server-rendered-404.mjs). Asked for by anyone else, it is a 404 too.
 */
export default async function PageNotFound({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if ((await headers()).get(INTERNAL_404_HEADER) !== '1') notFound();
  return <NotFoundContent />;
}
