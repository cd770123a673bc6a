import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import { listStaff } from '@/lib/staff/manage-staff';
import { listUniversities, universityName } from '@/lib/staff/universities';
import { CreateStaffForm, StaffRowActions } from './staff-forms';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.manage' });
  return { title: t('title'), robots: { index: false } };
}

/** Administrators only: staff accounts, new setup links, disable, reset of the second factor. */
export default async function StaffPage({ params }: { params: Promise<{ locale: 'fa' | 'en' }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  if (staff.role !== 'admin') notFound();
  const [t, rows, unis] = await Promise.all([
    getTranslations('staff.manage'),
    listStaff(),
    listUniversities({ activeOnly: true }),
  ]);
  const state = (r: (typeof rows)[number]) =>
    r.disabledAt ? t('states.disabled') : r.totpEnabledAt ? t('states.active') : t('states.pending');
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <section aria-labelledby="staff-list" className="stack">
        <h2 id="staff-list">{t('listTitle')}</h2>
        <ul className="stack">
          {rows.map((r) => (
            <li key={r.id} className="card stack">
              <p>
                <strong>{r.displayName}</strong> (<bdi dir="ltr">{r.username}</bdi>) — {t(`roles.${r.role}`)}
                {r.universityNameFa ? ` — ${locale === 'en' ? r.universityNameEn : r.universityNameFa}` : ''}
              </p>
              <p className="muted">{state(r)}</p>
              {r.id === staff.id ? (
                <p className="muted">{t('you')}</p>
              ) : (
                <StaffRowActions staffId={r.id} username={r.username} disabled={Boolean(r.disabledAt)} />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="staff-create" className="card stack">
        <h2 id="staff-create">{t('createTitle')}</h2>
        <CreateStaffForm
          universities={unis.map((u) => ({ code: u.slug, name: universityName(u, locale) }))}
        />
      </section>
    </div>
  );
}
