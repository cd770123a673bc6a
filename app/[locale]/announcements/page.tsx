import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listAnnouncements, pick } from '@/lib/content/queries';
import { formatDateForLocale } from '@/lib/identity/jalali';
import type { Locale } from '@/lib/i18n/routing';
import { Paragraphs } from '../../_components/paragraphs';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'announcements' });
  return { title: t('title') };
}

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
          <Paragraphs text={pick(r, 'body', locale)} />
        </article>
      ))}
    </div>
  );
}
