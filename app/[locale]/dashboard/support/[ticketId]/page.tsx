import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireAccount } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats';
import { TicketThread } from '@/app/_components/support/ticket-thread';
import { Link } from '@/app/_components/localized-link';
import { getTicketThread } from '@/lib/support/list-tickets';
import { ReplyForm } from '../ticket-forms';
import { SummaryList } from '@/app/_components/summary-list';

type Params = Promise<{ locale: string; ticketId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'support' });
  return { title: t('title'), robots: { index: false } };
}

export default async function TicketPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ opened?: string; replied?: string }>;
}) {
  const { locale, ticketId } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/support/${ticketId}`);
  const thread = await getTicketThread(account.id, ticketId);
  if (!thread) notFound();
  const t = await getTranslations('support');
  const { opened, replied } = await searchParams;
  return (
    <div className="stack">
      <h1>
        {t('number', { number: localizeDigits(thread.ticket.number, locale) })} —{' '}
        {t('threadTitle', { subject: thread.ticket.subject })}
      </h1>
      {opened || replied ? (
        <p className="success-box" role="status">
          {opened ? t('opened') : t('replied')}
        </p>
      ) : null}
      <SummaryList
        rows={[
          {
            term: t('numberLabel'),
            value: <bdi className="tracking">{localizeDigits(thread.ticket.number, locale)}</bdi>,
          },
          {
            term: t('statusLabel'),
            value: t.has(`status_${thread.ticket.status}`)
              ? t(`status_${thread.ticket.status}`)
              : thread.ticket.status,
          },
        ]}
      />
      <TicketThread
        messages={thread.messages}
        locale={locale}
        authors={{ staff: t('author_staff'), applicant: t('author_applicant') }}
      />
      <section className="card">
        <ClientIntl namespaces={CLIENT_NAMESPACES.support}>
          <ReplyForm ticketId={thread.ticket.id} />
        </ClientIntl>
      </section>
      <p>
        <Link href="/dashboard/support">{t('backToList')}</Link>
      </p>
    </div>
  );
}
