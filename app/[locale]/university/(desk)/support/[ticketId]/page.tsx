import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/app/_components/localized-link';
import { requireStaff } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats/digits';
import { TicketThread } from '@/app/_components/support/ticket-thread';
import { getDeskTicket } from '@/lib/support/staff-desk';
import { AnswerForm, CloseForm } from '../desk-forms';

type Params = Promise<{ locale: 'fa' | 'en'; ticketId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.desk' });
  return { title: t('title'), robots: { index: false } };
}

/** One ticket of the desk: the thread, an answer form and close. Out of scope → 404. */
export default async function DeskTicketPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ answered?: string; closed?: string }>;
}) {
  const { locale, ticketId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const found = await getDeskTicket(staff, ticketId);
  if (!found) notFound();
  const t = await getTranslations('staff.desk');
  const { answered, closed } = await searchParams;
  const { ticket, applicant, messages } = found;
  return (
    <div className="stack">
      <p>
        <Link href="/university/support">{t('backToDesk')}</Link>
      </p>
      <h1>
        {t('ticketNumber', { number: localizeDigits(ticket.number, locale) })}: {ticket.subject}
      </h1>
      {answered || closed ? (
        <p className="success-box" role="status">
          {answered ? t('answered') : t('closedNotice')}
        </p>
      ) : null}
      <p>
        {t('from')}: {applicant.firstName} {applicant.lastName} —{' '}
        <span className={`status-badge status-${ticket.status}`}>
          {t(`statuses.${ticket.status}` as 'statuses.open')}
        </span>
      </p>
      <TicketThread
        messages={messages}
        locale={locale}
        authors={{ staff: t('author_staff'), applicant: t('author_applicant') }}
      />
      {ticket.status === 'closed' ? (
        <p>{t('closedHint')}</p>
      ) : (
        <section className="card stack" aria-label={t('answerSection')}>
          <AnswerForm ticketId={ticket.id} />
          <CloseForm ticketId={ticket.id} />
        </section>
      )}
    </div>
  );
}
