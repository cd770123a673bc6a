import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';
import { titleFrom } from '../../_components/page-title';

export const generateMetadata = titleFrom('guide');

// No database read; static like the other public pages (docs/decisions/0005-fast-public-pages.md).
export const dynamic = 'force-static';
export const revalidate = 30;

const STEPS = ['1', '2', '3', '4', '5', '6'] as const;
const RULES = ['1', '2', '3', '4'] as const;

export default async function GuidePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('guide');
  return (
    <div className="container stack narrow">
      <h1>{t('title')}</h1>
      <ol className="card steps">
        {STEPS.map((k) => (
          <li key={k}>{t(`steps.${k}`)}</li>
        ))}
      </ol>
      <h2>{t('rulesTitle')}</h2>
      <ul className="card">
        {RULES.map((k) => (
          <li key={k}>{t(`rules.${k}`)}</li>
        ))}
      </ul>
      <p>
        <Link href="/register" className="button button-primary">
          {t('startRegistration')}
        </Link>
      </p>
    </div>
  );
}
