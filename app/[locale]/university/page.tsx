import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signOutAction } from '@/app/_components/auth/sign-out-actions';
import { listUniversityApplicants } from '@/lib/accounts/list-university-applicants';
import { requireStaff } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/identity/digits';
import { formatDateForLocale } from '@/lib/identity/jalali';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'university' });
  return { title: t('title'), robots: { index: false } };
}

export default async function UniversityPage({ params }: { params: Promise<{ locale: 'fa' | 'en' }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [t, applicants] = await Promise.all([getTranslations('university'), listUniversityApplicants(staff)]);
  return (
    <div className="container stack">
      <h1>{t('title')}</h1>
      <p>{t('signedInAs', { name: staff.displayName })}</p>
      <section aria-labelledby="applicants-title" className="card stack">
        <h2 id="applicants-title">{t('applicantsTitle')}</h2>
        {applicants.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          // The table scrolls sideways on phones; keyboard users need to reach it to scroll it.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <div className="table-wrap" role="region" aria-labelledby="applicants-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('username')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {applicants.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.firstName} {a.lastName}
                    </td>
                    <td dir="ltr">{localizeDigits(a.username, locale)}</td>
                    <td>{t(`statuses.${a.status}`)}</td>
                    <td>{a.submittedAt ? formatDateForLocale(a.submittedAt, locale) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
