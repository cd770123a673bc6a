import { RichText } from '@/app/_components/rich-text';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canFileRequests } from '@/lib/accounts/lifecycle/account-status';
import { requireAccount } from '@/lib/auth/session';
import { listDepartmentsWithServices, pick } from '@/lib/content/queries';
import { formatDateForLocale } from '@/lib/formats';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';
import { listServiceRequests } from '@/lib/requests/list-service-requests';
import { GateNotice } from './gate-notice';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'requests' });
  return { title: t('title'), robots: { index: false } };
}

export default async function RequestsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/requests`);
  const t = await getTranslations('requests');
  const l = locale as Locale;
  const approved = canFileRequests(account.status);
  const [departments, mine] = await Promise.all([
    listDepartmentsWithServices(),
    listServiceRequests(account.id),
  ]);

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      {!approved ? <GateNotice /> : null}

      <section className="card stack" aria-labelledby="mine-title">
        <h2 id="mine-title">{t('myTitle')}</h2>
        {mine.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="service-list">
            {mine.map((r) => (
              <li key={r.id} className="card">
                <dl className="summary-list">
                  <dt>{t('tracking')}</dt>
                  <dd>
                    <Link href={`/dashboard/requests/track/${r.trackingNumber}`} className="tracking">
                      {r.trackingNumber}
                    </Link>
                  </dd>
                  <dt>{t('service')}</dt>
                  <dd>{l === 'fa' ? r.serviceNameFa : r.serviceNameEn}</dd>
                  <dt>{t('date')}</dt>
                  <dd>{formatDateForLocale(r.createdAt, locale)}</dd>
                  <dt>{t('status')}</dt>
                  <dd>{t.has(`status_${r.status}`) ? t(`status_${r.status}`) : r.status}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card stack" aria-labelledby="lookup-title">
        <h2 id="lookup-title">{t('trackLookup')}</h2>
        <form method="get" action={`/${locale}/dashboard/requests/track`} className="lookup-form">
          <div className="field">
            <label htmlFor="track-number">{t('tracking')}</label>
            <p id="track-number-hint" className="hint">
              {t('trackLookupHint')}
            </p>
            <input
              id="track-number"
              name="n"
              dir="ltr"
              className="ltr"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="track-number-hint"
              required
            />
          </div>
          <button type="submit" className="button">
            {t('trackGo')}
          </button>
        </form>
      </section>

      <section className="card stack" aria-labelledby="new-title">
        <h2 id="new-title">{t('newTitle')}</h2>
        {approved ? <p>{t('newIntro')}</p> : null}
        {departments.map((d) => {
          const services = d.services.filter((s) => s.requiresApproval);
          if (services.length === 0) return null;
          return (
            <div key={d.id} className="stack">
              <h3>{pick(d, 'name', l)}</h3>
              <ul className="service-list">
                {services.map((s) => (
                  <li key={s.id}>
                    {approved ? (
                      <Link href={`/dashboard/requests/${s.slug}`}>{pick(s, 'name', l)}</Link>
                    ) : (
                      <span>{pick(s, 'name', l)}</span>
                    )}
                    <RichText className="muted prose" source={pick(s, 'description', l)} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </div>
  );
}
