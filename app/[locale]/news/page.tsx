import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listNews, pick } from '@/lib/content/queries';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';
import { titleFrom } from '../../_components/page-title';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export const generateMetadata = titleFrom('news');

export default async function NewsListPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('news');
  const items = await listNews();
  return (
    <div className="container stack narrow">
      <h1>{t('title')}</h1>
      <ul className="news-list card">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`/news/${item.slug}`}>{pick(item, 'title', locale)}</Link>
            <time dateTime={item.publishedAt.toISOString()}>
              {formatDateTimeForLocale(item.publishedAt, locale)}
            </time>
          </li>
        ))}
      </ul>
    </div>
  );
}
