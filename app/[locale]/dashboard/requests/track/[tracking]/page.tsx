import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireAccount } from '@/lib/auth/session';
import { isDocumentKind } from '@/lib/documents/kinds';
import { formatDateTimeForLocale, localizeDigits } from '@/lib/formats';
import { Link } from '@/app/_components/localized-link';
import { getOwnRequest } from '@/lib/requests/get-own-request';
import { isDecided, stageOf, TIMELINE_STAGES, type TimelineStage } from '@/lib/requests/request-status';
import { detailFieldsFor } from '@/lib/validation/service-request';
import { SummaryList } from '@/app/_components/summary-list';

type Params = Promise<{ locale: string; tracking: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, tracking } = await params;
  const t = await getTranslations({ locale, namespace: 'requests' });
  return { title: t('trackTitle', { tracking: decodeURIComponent(tracking) }), robots: { index: false } };
}

const STAGE_STATUS: Record<TimelineStage, string[]> = {
  filed: ['submitted'],
  review: ['in_review'],
  decided: ['approved', 'rejected'],
};

/** One request by its tracking number: the timeline filed → under review → decided, with the reason. */
export default async function TrackRequestPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ filed?: string }>;
}) {
  const { locale, tracking } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/requests/track/${tracking}`);
  const request = await getOwnRequest(account.id, decodeURIComponent(tracking));
  if (!request) notFound();
  const { filed } = await searchParams;
  const [t, td] = await Promise.all([getTranslations('requests'), getTranslations('documents')]);
  const reached = TIMELINE_STAGES.indexOf(stageOf(request.status));
  const eventFor = (stage: TimelineStage) =>
    request.events.find((e) => STAGE_STATUS[stage].includes(e.status));
  const rejected = request.status === 'rejected';
  const digits = (s: string) => localizeDigits(s, locale);

  return (
    <div className="stack">
      <h1>
        {t('trackHeading')} <bdi className="tracking">{request.trackingNumber}</bdi>
      </h1>
      {filed ? (
        <div className="success-box" role="status">
          <p>
            {t('filed')} <span className="tracking">{request.trackingNumber}</span>
          </p>
          <p className="muted">{t('filedHint')}</p>
        </div>
      ) : null}

      <section className="card stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <SummaryList
          rows={[
            { term: t('service'), value: locale === 'fa' ? request.serviceNameFa : request.serviceNameEn },
            {
              term: t('status'),
              value: (
                <strong>
                  {t.has(`status_${request.status}`) ? t(`status_${request.status}`) : request.status}
                </strong>
              ),
            },
          ]}
        />
        <ol className="progress timeline">
          {TIMELINE_STAGES.map((stage, i) => {
            const event = eventFor(stage);
            const state =
              i < reached || (i === reached && isDecided(request.status))
                ? stage === 'decided' && rejected
                  ? 'problem'
                  : 'done'
                : i === reached
                  ? 'current'
                  : 'pending';
            return (
              <li key={stage} className={state} aria-current={state === 'current' ? 'step' : undefined}>
                <span className="marker" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'problem' ? '!' : digits(String(i + 1))}
                </span>
                <span>
                  <strong>{t(`stage_${stage}`)}</strong>
                  <span className="state">
                    {event
                      ? stage === 'decided'
                        ? `${t(`status_${request.status}`)} — ${formatDateTimeForLocale(event.at, locale)}`
                        : formatDateTimeForLocale(event.at, locale)
                      : t('stagePending')}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
        {request.decisionReason ? (
          <div className={rejected ? 'warning-box' : 'success-box'}>
            <p>
              <strong>{t('decisionReason')}:</strong> {request.decisionReason}
            </p>
          </div>
        ) : null}
        <p className="muted">{t('notifiedHint')}</p>
      </section>

      <section className="card stack" aria-labelledby="details-title">
        <h2 id="details-title">{t('details')}</h2>
        <SummaryList
          rows={[
            { term: t('date'), value: formatDateTimeForLocale(request.createdAt, locale) },
            ...detailFieldsFor(request.serviceSlug).map(
              (name) =>
                !!request.details[name] && {
                  key: name,
                  term: t(`detail_${name}`),
                  value: name === 'gpa' ? digits(request.details[name]) : request.details[name],
                },
            ),
            { term: t('description'), value: request.details.description, className: 'prewrap' },
            request.documents.length > 0 && {
              term: t('filedDocuments'),
              value: (
                <ul className="plain-list">
                  {request.documents.map((d) => (
                    <li key={d.id}>
                      {isDocumentKind(d.kind) ? td(`kind_${d.kind}`) : d.kind}:{' '}
                      <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener">
                        {d.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </section>
      <p>
        <Link href="/dashboard/requests">{t('backToList')}</Link>
      </p>
    </div>
  );
}
