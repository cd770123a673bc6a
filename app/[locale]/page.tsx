import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listDepartmentsWithServices, listNews, pick } from '@/lib/content/queries';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const tm = await getTranslations('meta');
  const [items, departments] = await Promise.all([listNews(6), listDepartmentsWithServices()]);

  return (
    <div className="container home-grid">
      {/* The portal's name is the page's heading; the header shows it as the organisation's identity. */}
      <h1 className="visually-hidden">{tm('title')}</h1>
      <section aria-labelledby="register-title" className="card register-panel">
        <h2 id="register-title">{t('registerTitle')}</h2>
        <p>{t('registerText')}</p>
        <div className="button-row">
          <Link href="/register" className="button button-primary">
            {t('registerButton')}
          </Link>
          <Link href="/login" className="button">
            {t('loginButton')}
          </Link>
          <Link href="/university/login" className="button button-quiet">
            {t('universityLoginButton')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="news-title" className="card news-panel">
        <h2 id="news-title">{t('newsTitle')}</h2>
        {items.length === 0 ? (
          <p>{t('noNews')}</p>
        ) : (
          <ul className="news-list">
            {items.map((item) => (
              <li key={item.id}>
                <Link href={`/news/${item.slug}`}>{pick(item, 'title', locale)}</Link>
                <time dateTime={item.publishedAt.toISOString()}>
                  {formatDateTimeForLocale(item.publishedAt, locale)}
                </time>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/news">{t('allNews')}</Link>
        </p>
      </section>

      <section aria-labelledby="services-title" className="card services-panel">
        <h2 id="services-title">{t('servicesTitle')}</h2>
        <div className="department-grid">
          {departments.map((d) => (
            <section key={d.id} aria-labelledby={`dep-${d.slug}`} className="department">
              <h3 id={`dep-${d.slug}`}>{pick(d, 'name', locale)}</h3>
              <ul>
                {d.services.map((s) => (
                  <li key={s.id}>
                    <Link href={`/services#${s.slug}`}>{pick(s, 'name', locale)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
