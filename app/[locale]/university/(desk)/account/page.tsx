import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { StaffPasswordForm } from './password-form';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.account' });
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffAccountPage({ params }: { params: Promise<{ locale: 'fa' | 'en' }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const t = await getTranslations('staff.account');
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p>{t('intro', { username: staff.username })}</p>
      <section className="card stack" aria-labelledby="password-title">
        <h2 id="password-title">{t('passwordTitle')}</h2>
        <StaffPasswordForm />
      </section>
      <p className="muted">{t('secondFactorNote')}</p>
    </div>
  );
}
