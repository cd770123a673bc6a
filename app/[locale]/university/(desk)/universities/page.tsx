import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import { listUniversities, universityName } from '@/lib/staff/universities';
import { UniversityForm, UniversityToggle } from './university-forms';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.universities' });
  return { title: t('title'), robots: { index: false } };
}

/** Administrators only: the universities applicants choose and reviewers belong to. */
export default async function UniversitiesPage({ params }: { params: Promise<{ locale: 'fa' | 'en' }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  if (staff.role !== 'admin') notFound();
  const [t, rows] = await Promise.all([getTranslations('staff.universities'), listUniversities()]);
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <section aria-labelledby="uni-add" className="card stack">
        <h2 id="uni-add">{t('addTitle')}</h2>
        <UniversityForm />
      </section>
      <section aria-labelledby="uni-list" className="stack">
        <h2 id="uni-list">{t('listTitle')}</h2>
        <ul className="stack">
          {rows.map((u) => (
            <li key={u.id} className="card stack">
              <h3>
                {universityName(u, locale)} (<bdi dir="ltr">{u.slug}</bdi>)
                {u.active ? '' : ` — ${t('inactive')}`}
              </h3>
              <details>
                <summary>{t('renameFor', { name: universityName(u, locale) })}</summary>
                <UniversityForm
                  university={{
                    id: u.id,
                    code: u.slug,
                    nameFa: u.nameFa,
                    nameEn: u.nameEn,
                    active: u.active,
                  }}
                />
              </details>
              <UniversityToggle id={u.id} active={u.active} name={universityName(u, locale)} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
