import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ScrollTable } from '@/app/_components/scroll-table';
import { FilterForm } from '../_components/filter-form';
import { Link } from '@/app/_components/localized-link';
import { requireStaff } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats/digits';
import { formatDateForLocale } from '@/lib/formats/jalali';
import { listReviewQueue, QUEUE_FILTERS } from '@/lib/review/list-review-queue';
import { listUniversities, universityName } from '@/lib/staff/universities';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.queue' });
  return { title: t('title'), robots: { index: false } };
}

type Search = Promise<{ q?: string; status?: string; after?: string; university?: string }>;

const one = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 200) : '');

/** The review queue: submitted applicants of the reviewer's university (administrators: all). */
export default async function QueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: 'fa' | 'en' }>;
  searchParams: Search;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const raw = await searchParams;
  const query = {
    q: one(raw.q),
    status: one(raw.status),
    after: one(raw.after),
    university: one(raw.university),
  };
  const [t, page, unis] = await Promise.all([
    getTranslations('staff.queue'),
    listReviewQueue(staff, query),
    staff.role === 'admin' ? listUniversities() : Promise.resolve([]),
  ]);
  const status = (QUEUE_FILTERS as readonly string[]).includes(query.status)
    ? query.status
    : 'profile_submitted';
  const digits = (v: string | number) => localizeDigits(v, locale);
  const keep = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: query.q, status, university: query.university, ...extra }))
      if (v) p.set(k, v);
    return `/university?${p.toString()}`;
  };
  const ownUniversity =
    staff.role === 'admin' ? null : (await listUniversities()).find((u) => u.id === staff.universityId);

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p>
        {t('signedInAs', { name: staff.displayName })}
        {ownUniversity
          ? ` — ${universityName(ownUniversity, locale)}`
          : staff.role === 'admin'
            ? ` — ${t('allUniversities')}`
            : ''}
      </p>
      <p className="waiting-count" role="status">
        {t('waiting', { count: page.waiting })}
      </p>
      <FilterForm
        label={t('searchLabel')}
        submit={t('apply')}
        fields={[
          {
            kind: 'text',
            name: 'q',
            id: 'queue-q',
            label: t('search'),
            hint: t('searchHint'),
            type: 'search',
            value: query.q,
            maxLength: 100,
          },
          {
            kind: 'select',
            name: 'status',
            id: 'queue-status',
            label: t('statusFilter'),
            value: status,
            options: QUEUE_FILTERS.map((f) => ({ value: f, label: t(`filters.${f}`) })),
          },
          ...(staff.role === 'admin'
            ? [
                {
                  kind: 'select' as const,
                  name: 'university',
                  id: 'queue-university',
                  label: t('universityFilter'),
                  value: query.university,
                  options: [
                    { value: '', label: t('allUniversities') },
                    ...unis.map((u) => ({ value: u.id, label: universityName(u, locale) })),
                  ],
                },
              ]
            : []),
        ]}
      />

      <section aria-labelledby="queue-results" className="stack">
        <h2 id="queue-results">{t('results')}</h2>
        {page.rows.length === 0 ? (
          <p>{query.q ? t('noMatches') : t('empty')}</p>
        ) : (
          <>
            <ScrollTable
              labelledBy="queue-results"
              columns={[
                t('name'),
                t('nationalCode'),
                staff.role === 'admin' ? t('university') : null,
                t('submittedAt'),
                t('status'),
              ]}
              hint={t('scrollHint')}
            >
              {page.rows.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/university/applicants/${a.id}`}>
                      {a.firstName} {a.lastName}
                    </Link>
                  </td>
                  <td dir="ltr" className="nowrap">
                    {digits(a.nationalCode ?? a.username)}
                  </td>
                  {staff.role === 'admin' ? (
                    <td>{locale === 'en' ? a.universityNameEn : a.universityNameFa}</td>
                  ) : null}
                  <td className="nowrap">{formatDateForLocale(a.submittedAt, locale)}</td>
                  <td>
                    <span className={`status-badge status-${a.status}`}>{t(`statuses.${a.status}`)}</span>
                  </td>
                </tr>
              ))}
            </ScrollTable>
          </>
        )}
        <nav aria-label={t('pagesLabel')} className="button-row">
          {query.after ? (
            <Link className="button" href={keep({})}>
              {t('firstPage')}
            </Link>
          ) : null}
          {page.next ? (
            <Link className="button" href={keep({ after: page.next })}>
              {t('nextPage')}
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
