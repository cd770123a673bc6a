import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ScrollTable } from '@/app/_components/scroll-table';
import { Link } from '@/app/_components/localized-link';
import { requireAdmin } from '@/lib/auth/require-admin';
import { listForEditors } from '@/lib/content/admin';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import type { Locale } from '@/lib/i18n/routing';
import { CONTENT_KINDS, PUBLISHABLE_KINDS, isContentKind } from '@/lib/validation/content';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contentAdmin' });
  return { title: t('title'), robots: { index: false } };
}

/** What is published where: every content row with its status and public address, per kind. */
export default async function ContentAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale);
  const { saved } = await searchParams;
  const t = await getTranslations('contentAdmin');
  const lists = await Promise.all(
    CONTENT_KINDS.map(async (kind) => ({ kind, rows: await listForEditors(kind) })),
  );
  const other = locale === 'fa' ? 'en' : 'fa';

  return (
    <div className="container stack content-admin">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {isContentKind(saved) ? (
        <p className="notice notice-success" role="status">
          {t('saved')}
        </p>
      ) : null}
      <nav aria-label={t('title')}>
        <ul className="inline-list">
          {CONTENT_KINDS.map((kind) => (
            <li key={kind}>
              <a href={`#${kind}`}>{t(`kinds.${kind}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {lists.map(({ kind, rows }) => (
        <section key={kind} id={kind} aria-labelledby={`${kind}-title`} className="card stack">
          <h2 id={`${kind}-title`}>{t(`kinds.${kind}`)}</h2>
          {PUBLISHABLE_KINDS.includes(kind) ? (
            <p>
              <Link href={`/university/content/${kind}/new`} className="button">
                {t('newItem', { kind: t(`kinds.${kind}`) })}
              </Link>
            </p>
          ) : null}
          <ScrollTable
            labelledBy={`${kind}-title`}
            columns={[
              t('columns.title'),
              t('columns.status'),
              t('columns.publishAt'),
              t('columns.publicUrl'),
              t('columns.actions'),
            ]}
          >
            {rows.map((row) => {
              const title = locale === 'fa' ? row.titleFa : row.titleEn;
              const live = row.status === null || row.status === 'published';
              return (
                <tr key={row.id}>
                  <th scope="row">
                    <span>{title}</span>
                    <span className="muted block" lang={other} dir={other === 'fa' ? 'rtl' : 'ltr'}>
                      {other === 'fa' ? row.titleFa : row.titleEn}
                    </span>
                  </th>
                  <td>
                    <span className={`status-badge status-${row.status ?? 'published'}`}>
                      {t(`statuses.${row.status ?? 'always'}`)}
                    </span>
                  </td>
                  <td>{row.publishAt ? formatDateTimeForLocale(row.publishAt, locale) : '—'}</td>
                  <td>
                    {live ? (
                      <ul className="plain-list">
                        <li>
                          <a href={`/fa${row.publicPath}`} dir="ltr">{`/fa${row.publicPath}`}</a>
                        </li>
                        <li>
                          <a href={`/en${row.publicPath}`} dir="ltr">{`/en${row.publicPath}`}</a>
                        </li>
                      </ul>
                    ) : (
                      <span className="muted">{t('notPublic')}</span>
                    )}
                  </td>
                  <td>
                    <Link href={`/university/content/${kind}/${row.id}`}>
                      {t('columns.actions')}
                      <span className="visually-hidden"> {t('edit', { title })}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </ScrollTable>
        </section>
      ))}
    </div>
  );
}
