import { ScrollTable } from '@/app/_components/scroll-table';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listExamCalendar, pick } from '@/lib/content/queries';
import { formatDateForLocale } from '@/lib/formats/jalali';
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
      <ScrollTable
        labelledBy="exam-caption"
        columns={[t('exam'), t('date'), t('deadline'), t('location')]}
        caption={t('title')}
        className="card"
      >
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
      </ScrollTable>
    </div>
  );
}
