import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';
import { requireStaff } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats/digits';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { countDeskTickets, listDeskTickets, TICKET_STATUSES } from '@/lib/support/staff-desk';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.desk' });
  return { title: t('title'), robots: { index: false } };
}

/** The support desk: tickets of the staff member's applicants, waiting ones first by default. */
export default async function DeskPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: 'fa' | 'en' }>;
  searchParams: Promise<{ status?: string; before?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const raw = await searchParams;
  const status = (TICKET_STATUSES as readonly string[]).includes(String(raw.status))
    ? String(raw.status)
    : 'open';
  const before = typeof raw.before === 'string' ? raw.before : undefined;
  const [t, page, counts] = await Promise.all([
    getTranslations('staff.desk'),
    listDeskTickets(staff, { status, before }),
    countDeskTickets(staff),
  ]);
  const digits = (v: string | number) => localizeDigits(v, locale);
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <nav aria-label={t('filterLabel')}>
        <ul className="row-actions">
          {TICKET_STATUSES.map((s) => (
            <li key={s}>
              <Link
                className={`button ${s === status ? 'button-primary' : ''}`}
                href={`/university/support?status=${s}`}
                aria-current={s === status ? 'page' : undefined}
              >
                {t(`statuses.${s}`)} ({digits(counts[s])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="desk-results" className="stack">
        <h2 id="desk-results">{t(`listTitle.${status}` as 'listTitle.open')}</h2>
        {page.rows.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="stack">
            {page.rows.map((row) => (
              <li key={row.id} className="card stack">
                <p>
                  <Link href={`/university/support/${row.id}`}>
                    {t('ticketNumber', { number: digits(row.number) })}: {row.subject}
                  </Link>
                </p>
                <p className="muted">
                  {row.firstName} {row.lastName} — {formatDateTimeForLocale(row.updatedAt, locale)} —{' '}
                  <span className={`status-badge status-${row.status}`}>
                    {t(`statuses.${row.status}` as 'statuses.open')}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
        {page.next ? (
          <p>
            <Link className="button" href={`/university/support?status=${status}&before=${page.next}`}>
              {t('nextPage')}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
