import { RichText } from '@/app/_components/rich-text';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { canFileRequests } from '@/lib/accounts/account-status';
import { requireAccount } from '@/lib/auth/session';
import { pick } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { findRequestableService } from '@/lib/requests/find-requestable-service';
import { GateNotice } from '../gate-notice';
import { RequestForm } from './request-form';

type Params = Promise<{ locale: string; service: string }>;

const findService = findRequestableService;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, service } = await params;
  const row = await findService(service);
  return { title: row ? pick(row, 'name', locale as Locale) : undefined, robots: { index: false } };
}

export default async function FileRequestPage({ params }: { params: Params }) {
  const { locale, service } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/requests/${service}`);
  const row = await findService(service);
  if (!row) notFound();
  const t = await getTranslations('requests');
  const name = pick(row, 'name', locale as Locale);
  return (
    <div className="stack">
      <h1>{t('fileFor', { service: name })}</h1>
      <RichText className="muted prose" source={pick(row, 'description', locale as Locale)} />
      {canFileRequests(account.status) ? (
        <section className="card">
          <RequestForm serviceSlug={row.slug} />
        </section>
      ) : (
        <GateNotice />
      )}
    </div>
  );
}
