import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ScrollTable } from '@/app/_components/scroll-table';
import { FilterForm } from '../../_components/filter-form';
import { Link } from '@/app/_components/localized-link';
import { requireStaff } from '@/lib/auth/session';
import { AUDIT_FAMILIES, listAuditEvents } from '@/lib/audit/list-audit-events';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.audit' });
  return { title: t('title'), robots: { index: false } };
}

/** Administrators only: the audit log (ids and keyed hashes, never personal data), newest first. */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: 'fa' | 'en' }>;
  searchParams: Promise<{ family?: string; id?: string; before?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  if (staff.role !== 'admin') notFound();
  const raw = await searchParams;
  const query = {
    family: typeof raw.family === 'string' ? raw.family : 'all',
    id: typeof raw.id === 'string' ? raw.id.slice(0, 60) : '',
    before: typeof raw.before === 'string' ? raw.before.slice(0, 200) : undefined,
  };
  const [t, page] = await Promise.all([getTranslations('staff.audit'), listAuditEvents(query)]);
  const family = (AUDIT_FAMILIES as readonly string[]).includes(query.family) ? query.family : 'all';
  const next = new URLSearchParams({
    family,
    ...(query.id ? { id: query.id } : {}),
    before: page.next ?? '',
  });
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <FilterForm
        label={t('filterLabel')}
        submit={t('apply')}
        fields={[
          {
            kind: 'select',
            name: 'family',
            id: 'audit-family',
            label: t('family'),
            value: family,
            options: AUDIT_FAMILIES.map((f) => ({ value: f, label: t(`families.${f}`) })),
          },
          {
            kind: 'text',
            name: 'id',
            id: 'audit-id',
            label: t('id'),
            hint: t('idHint'),
            ltr: true,
            value: query.id,
            maxLength: 60,
          },
        ]}
      />
      <section aria-labelledby="audit-results" className="stack">
        <h2 id="audit-results">{t('results')}</h2>
        {page.rows.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <ScrollTable
              labelledBy="audit-results"
              columns={[t('when'), t('type'), t('subject'), t('details')]}
              hint={t('scrollHint')}
            >
              {page.rows.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTimeForLocale(e.createdAt, locale)}</td>
                  <td dir="ltr">
                    <code>{e.type}</code>
                  </td>
                  <td dir="ltr">
                    <code>{e.accountId ?? '—'}</code>
                  </td>
                  <td dir="ltr">
                    <code>
                      {Object.entries(e.meta ?? {})
                        .filter(([k]) => k !== 'subject')
                        .map(([k, v]) => `${k}=${String(v)}`)
                        .join(' ')}
                    </code>
                  </td>
                </tr>
              ))}
            </ScrollTable>
          </>
        )}
        {page.next ? (
          <p>
            <Link className="button" href={`/university/audit?${next.toString()}`}>
              {t('older')}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
