import { RichText } from '@/app/_components/rich-text';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listDepartmentsWithServices, pick } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { Link } from '../../_components/localized-link';
import { titleFrom } from '../../_components/page-title';

/** «پشتیبانی سامانه»: the one service every signed-in applicant can use at once. */
const SUPPORT_SERVICE = 'support';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export const generateMetadata = titleFrom('services');

export default async function ServicesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('services');
  const departments = await listDepartmentsWithServices();
  return (
    <div className="container stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="notice" role="note">
        {t('gate')}
      </p>
      {departments.map((d) => (
        <section key={d.id} aria-labelledby={`dep-${d.slug}`} className="card stack">
          <h2 id={`dep-${d.slug}`}>{pick(d, 'name', locale)}</h2>
          <ul className="service-list">
            {d.services.map((s) => (
              <li key={s.id} id={s.slug}>
                <h3>
                  {s.slug === SUPPORT_SERVICE ? (
                    // The ticket page; a visitor who is not signed in goes through sign-in and lands there.
                    <Link href="/dashboard/support">{pick(s, 'name', locale)}</Link>
                  ) : (
                    pick(s, 'name', locale)
                  )}
                </h3>
                <RichText className="prose" source={pick(s, 'description', locale)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
