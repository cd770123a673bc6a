import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import { RichText } from '@/app/_components/rich-text';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { canFileRequests } from '@/lib/accounts/lifecycle/account-status';
import { requireAccount } from '@/lib/auth/session';
import { pick } from '@/lib/content/queries';
import { serviceDocumentsFor } from '@/lib/documents/kinds';
import { formatDateForLocale } from '@/lib/formats';
import type { Locale } from '@/lib/i18n/routing';
import { findRequestableService } from '@/lib/requests/find-requestable-service';
import { GateNotice } from '../gate-notice';
import { RequestForm } from './request-form';
import { SummaryList } from '@/app/_components/summary-list';

type Params = Promise<{ locale: string; service: string }>;

const findService = findRequestableService;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, service } = await params;
  const row = await findService(service);
  return { title: row ? pick(row, 'name', locale as Locale) : undefined, robots: { index: false } };
}

/**
 * A service: what to prepare (who may apply, the documents, the deadline) before the form, so an
 * applicant can gather everything first; the form itself only once the account is approved.
 */
export default async function FileRequestPage({ params }: { params: Params }) {
  const { locale, service } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/requests/${service}`);
  const row = await findService(service);
  if (!row) notFound();
  const [t, td] = await Promise.all([getTranslations('requests'), getTranslations('documents')]);
  const l = locale as Locale;
  const name = pick(row, 'name', l);
  const eligibility = l === 'fa' ? row.eligibilityFa : row.eligibilityEn;
  const kinds = serviceDocumentsFor(row.slug);
  return (
    <div className="stack">
      <h1>{t('fileFor', { service: name })}</h1>
      <RichText className="muted prose" source={pick(row, 'description', l)} />
      <section className="card stack" aria-labelledby="prepare-title">
        <h2 id="prepare-title">{t('prepareTitle')}</h2>
        <SummaryList
          rows={[
            !!eligibility && {
              term: t('eligibility'),
              value: <RichText className="prose" source={eligibility} />,
            },
            {
              term: t('requiredDocuments'),
              value: kinds.length ? (
                <ul className="plain-list">
                  {kinds.map((kind) => (
                    <li key={kind}>{td(`kind_${kind}`)}</li>
                  ))}
                </ul>
              ) : (
                t('noDocuments')
              ),
            },
            {
              term: t('deadlineLabel'),
              value: row.deadline
                ? t('deadlineValue', {
                    date: formatDateForLocale(new Date(`${row.deadline}T12:00:00Z`), locale),
                  })
                : t('noDeadline'),
            },
          ]}
        />
      </section>
      {canFileRequests(account.status) ? (
        <section className="card" aria-labelledby="request-form-title">
          <h2 id="request-form-title">{t('newTitle')}</h2>
          <ClientIntl namespaces={CLIENT_NAMESPACES.requests}>
            <RequestForm serviceSlug={row.slug} documentKinds={kinds} />
          </ClientIntl>
        </section>
      ) : (
        <GateNotice />
      )}
    </div>
  );
}
