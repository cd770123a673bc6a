import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listOutbox } from '@/lib/delivery/outbox';
import { isOutboxApiEnabled } from '@/lib/env';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import type { Locale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function OutboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!isOutboxApiEnabled()) notFound();
  const t = await getTranslations('outbox');
  const rows = await listOutbox({ limit: 100 });
  return (
    <div className="container stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="outbox-list">
          {rows.map((m) => (
            <li key={m.id} className="card stack">
              <p className="outbox-meta">
                <span className="badge">{t(`channels.${m.channel}`)}</span>{' '}
                <span>
                  {t('to')}: <bdi dir="ltr">{m.to}</bdi>
                </span>{' '}
                <time dateTime={m.createdAt.toISOString()}>
                  {formatDateTimeForLocale(m.createdAt, locale)}
                </time>
              </p>
              {m.subject ? (
                <p>
                  <strong>{m.subject}</strong>
                </p>
              ) : null}
              <pre className="outbox-body">{m.body}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
