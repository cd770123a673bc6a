import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listExamCalendar, pick } from '@/lib/content/queries';
import { formatDateForLocale } from '@/lib/identity/jalali';
import type { Locale } from '@/lib/i18n/routing';
import { titleFrom } from '../../_components/page-title';

// Rendered once and served from cache until an administrator saves content (revalidatePath) or, on
// other instances, for at most `revalidate` seconds: docs/decisions/0005-fast-public-pages.md.
export const dynamic = 'force-static';
export const revalidate = 30;

export const generateMetadata = titleFrom('examCalendar');

export default async function ExamCalendarPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('examCalendar');
  const rows = await listExamCalendar();
  const day = (iso: string) => formatDateForLocale(new Date(`${iso}T00:00:00Z`), locale);
  return (
    <div className="container stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* The table scrolls sideways on phones; keyboard users need to reach it to scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-wrap card" role="region" aria-labelledby="exam-caption" tabIndex={0}>
        <table>
          <caption id="exam-caption" className="visually-hidden">
            {t('title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('exam')}</th>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('location')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={r.slug}>
                <th scope="row">{pick(r, 'exam', locale)}</th>
                <td>
                  <time dateTime={r.examDate}>{day(r.examDate)}</time>
                </td>
                <td>
                  <time dateTime={r.registrationDeadline}>{day(r.registrationDeadline)}</time>
                </td>
                <td>{pick(r, 'location', locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
