import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getNews, pick } from '@/lib/content/queries';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';
import { RichText } from '@/app/_components/rich-text';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

type Params = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const item = await getNews(slug);
  return item ? { title: pick(item, 'title', locale) } : {};
}

export default async function NewsItemPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const item = await getNews(slug);
  if (!item) notFound();
  const t = await getTranslations('news');
  return (
    <article className="container stack narrow">
      <p>
        <Link href="/news">{t('back')}</Link>
      </p>
      <h1>{pick(item, 'title', locale)}</h1>
      <p className="muted">
        {t('publishedAt')}:{' '}
        <time dateTime={item.publishedAt.toISOString()}>
          {formatDateTimeForLocale(item.publishedAt, locale)}
        </time>
      </p>
      <RichText className="card prose" source={pick(item, 'body', locale)} />
    </article>
  );
}
