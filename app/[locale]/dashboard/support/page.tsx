import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAccount } from '@/lib/auth/session';
import { formatDateTimeForLocale, localizeDigits } from '@/lib/formats';
import { Link } from '@/app/_components/localized-link';
import { listTickets } from '@/lib/support/list-tickets';
import { OpenTicketForm } from './ticket-forms';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'support' });
  return { title: t('title'), robots: { index: false } };
}

/** «پشتیبانی سامانه»: open to every signed-in applicant, approved or not. */
export default async function SupportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/support`);
  const [tickets, t] = await Promise.all([listTickets(account.id), getTranslations('support')]);
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="card stack" aria-labelledby="tickets-title">
        <h2 id="tickets-title">{t('myTitle')}</h2>
        {tickets.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="service-list">
            {tickets.map((ticket) => (
              <li key={ticket.id}>
                <Link href={`/dashboard/support/${ticket.id}`}>
                  {t('number', { number: localizeDigits(ticket.number, locale) })}: {ticket.subject}
                </Link>{' '}
                <span className="badge">
                  {t.has(`status_${ticket.status}`) ? t(`status_${ticket.status}`) : ticket.status}
                </span>
                <p className="muted">
                  {t('updated', { date: formatDateTimeForLocale(ticket.updatedAt, locale) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="new-ticket-title">
        <h2 id="new-ticket-title">{t('newTitle')}</h2>
        <ClientIntl namespaces={CLIENT_NAMESPACES.support}>
          <OpenTicketForm />
        </ClientIntl>
      </section>
    </div>
  );
}
