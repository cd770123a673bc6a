import type { Metadata } from 'next';
import { ScrollTable } from '@/app/_components/scroll-table';
import { FilterForm } from '../../_components/filter-form';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import {
  countDeliveries,
  DELIVERY_STATUSES,
  listDeliveries,
  type DeliveryStatus,
} from '@/lib/delivery/admin';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { RetryDelivery } from './retry-form';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.deliveries' });
  return { title: t('title'), robots: { index: false } };
}

const FILTERS = [...DELIVERY_STATUSES, 'all'] as const;

/**
 * Administrators only: the email, SMS and call queue. Final failures come first (the default filter),
 * each with the provider's answer and a button that queues it again; recipients are masked.
 */
export default async function DeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: 'fa' | 'en' }>;
  searchParams: Promise<{ status?: string; retried?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  if (staff.role !== 'admin') notFound();
  const { status: raw, retried } = await searchParams;
  const status = (FILTERS as readonly string[]).includes(raw ?? '') ? raw! : 'failed';
  const [t, rows, counts] = await Promise.all([
    getTranslations('staff.deliveries'),
    listDeliveries({ status: status === 'all' ? undefined : (status as DeliveryStatus), limit: 100 }),
    countDeliveries(),
  ]);
  // A template the messages do not name (an old row) shows its code.
  const templateName = (code: string) => (t.has(`templates.${code}`) ? t(`templates.${code}`) : code);
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      {retried ? (
        <p className="success-box" role="status">
          {t('queued')}
        </p>
      ) : null}
      <p>{t('intro')}</p>
      <FilterForm
        label={t('filterLabel')}
        submit={t('apply')}
        fields={[
          {
            kind: 'select',
            name: 'status',
            id: 'delivery-status',
            label: t('status'),
            value: status,
            options: FILTERS.map((s) => ({
              value: s,
              label:
                s === 'all'
                  ? t('statuses.all')
                  : t('statusWithCount', { status: t(`statuses.${s}`), count: counts[s] }),
            })),
          },
        ]}
      />
      <section aria-labelledby="delivery-results" className="stack">
        <h2 id="delivery-results">{t('results')}</h2>
        {rows.length === 0 ? (
          <p>{t(status === 'failed' ? 'noFailures' : 'empty')}</p>
        ) : (
          <>
            <ScrollTable
              labelledBy="delivery-results"
              columns={[t('when'), t('message'), t('to'), t('state'), t('error'), t('action')]}
              hint={t('scrollHint')}
            >
              {rows.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDateTimeForLocale(new Date(d.createdAt), locale)}</td>
                  <td>
                    {t(`channels.${d.channel}`)} · {templateName(d.template)}
                  </td>
                  <td dir="ltr">
                    <bdi>{d.to}</bdi>
                  </td>
                  <td>
                    {t(`statuses.${d.status as DeliveryStatus}`)}
                    <br />
                    <span className="hint">
                      {t('attempts', { attempts: d.attempts, max: d.maxAttempts })}
                    </span>
                  </td>
                  <td dir="ltr">{d.lastError ? <code>{d.lastError}</code> : '—'}</td>
                  <td>
                    {d.retryable ? (
                      <RetryDelivery
                        id={d.id}
                        label={t('retryFor', { template: templateName(d.template), to: d.to })}
                      />
                    ) : d.status === 'failed' ? (
                      <span className="hint">{t('codeNotRetried')}</span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </ScrollTable>
          </>
        )}
      </section>
    </div>
  );
}
