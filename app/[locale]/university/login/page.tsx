import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/app/_components/auth/sign-in-form';
import { Link } from '@/app/_components/localized-link';
import { staffLoginAction } from './actions';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.staffLogin' });
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffLoginPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.staffLogin');
  return (
    <div className="container narrow stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="card stack">
        <ClientIntl namespaces={CLIENT_NAMESPACES.signIn}>
          <SignInForm
            action={staffLoginAction}
            identifierName="username"
            identifierLabel={t('identifierLabel')}
            identifierHint={t('identifierHint')}
            locale={locale}
          />
        </ClientIntl>
        <p>
          <Link href="/login">{t('applicantLink')}</Link>
        </p>
      </div>
    </div>
  );
}
