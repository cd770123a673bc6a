import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/app/_components/auth/sign-in-form';
import { Link } from '@/app/_components/localized-link';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { loginAction } from './actions';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.login' });
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const back = safeReturnPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl, '');
  const t = await getTranslations('auth.login');
  return (
    <div className="container narrow stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="card stack">
        <ClientIntl namespaces={CLIENT_NAMESPACES.signIn}>
          <SignInForm
            action={loginAction}
            identifierName="nationalCode"
            identifierLabel={t('identifierLabel')}
            identifierHint={t('identifierHint')}
            locale={locale}
            callbackUrl={back || undefined}
            numericIdentifier={locale === 'fa'}
          />
        </ClientIntl>
        <ul className="link-list">
          <li>
            <Link href="/forgot-password">{t('forgotPassword')}</Link>
          </li>
          <li>
            <Link href="/forgot-password#username">{t('forgotUsername')}</Link>
          </li>
          <li>
            {t('noAccount')} <Link href="/register">{t('register')}</Link>
          </li>
          <li>
            <Link href="/university/login">{t('staffLink')}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
