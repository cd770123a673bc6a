import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listFaqs, pick } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { RichText } from '@/app/_components/rich-text';
import { titleFrom } from '../../_components/page-title';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export const generateMetadata = titleFrom('faq');

export default async function FaqPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('faq');
  const items = await listFaqs();
  return (
    <div className="container stack narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="stack">
        {items.map((item) => (
          <details key={item.id} id={item.slug} className="card faq-item">
            <summary>{pick(item, 'question', locale)}</summary>
            <RichText className="prose" source={pick(item, 'answer', locale)} />
          </details>
        ))}
      </div>
    </div>
  );
}
