import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listAnnouncements, pick } from '@/lib/content/queries';
import { formatDateForLocale } from '@/lib/formats/jalali';
import type { Locale } from '@/lib/i18n/routing';
import { RichText } from '@/app/_components/rich-text';
import { titleFrom } from '../../_components/page-title';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export const generateMetadata = titleFrom('announcements');

export default async function AnnouncementsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('announcements');
  const rows = await listAnnouncements();
  return (
    <div className="container stack narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rows.map((r) => (
        <article key={r.id} id={r.slug} className="card stack" aria-labelledby={`ann-${r.slug}`}>
          <h2 id={`ann-${r.slug}`}>{pick(r, 'title', locale)}</h2>
          <p className="muted">
            <time dateTime={r.publishedAt.toISOString()}>{formatDateForLocale(r.publishedAt, locale)}</time>
          </p>
          <RichText className="prose" source={pick(r, 'body', locale)} />
        </article>
      ))}
    </div>
  );
}
