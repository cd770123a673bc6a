import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PasswordRecovery } from './password-recovery';
import { UsernameReminder } from './username-reminder';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'recovery' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('recovery');
  return (
    <div className="container narrow stack">
      <h1>{t('title')}</h1>
      <section aria-labelledby="password-title" className="card stack">
        <h2 id="password-title">{t('passwordTitle')}</h2>
        <p>{t('passwordIntro')}</p>
        <ClientIntl namespaces={CLIENT_NAMESPACES.recovery}>
          <PasswordRecovery locale={locale} />
        </ClientIntl>
      </section>
      <section id="username" aria-labelledby="username-title" className="card stack">
        <h2 id="username-title">{t('usernameTitle')}</h2>
        <p>{t('usernameIntro')}</p>
        <ClientIntl namespaces={CLIENT_NAMESPACES.recovery}>
          <UsernameReminder />
        </ClientIntl>
      </section>
    </div>
  );
}
