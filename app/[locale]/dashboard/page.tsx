import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAccount } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

/** Placeholder: the applicant area (feat/app) replaces this page. */
export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard`);
  const t = await getTranslations('account');
  return (
    <div className="container stack">
      <h1>{t('dashboardTitle')}</h1>
      <p>{t('welcome', { name: `${account.firstName} ${account.lastName}` })}</p>
      <p>
        <Link href="/account/security">{t('securityLink')}</Link>
      </p>
    </div>
  );
}
