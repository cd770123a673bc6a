import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { citizenshipOptions } from '@/lib/formats/countries';
import type { Locale } from '@/lib/i18n/routing';
import { RegisterForm } from './register-form';
import { titleFrom } from '../../_components/page-title';

export const generateMetadata = titleFrom('register');

export default async function RegisterPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('register');
  return (
    <div className="container narrow stack">
      <h1>{t('title')}</h1>
      <ClientIntl namespaces={CLIENT_NAMESPACES.register}>
        <RegisterForm locale={locale} countries={locale === 'en' ? citizenshipOptions('en') : []} />
      </ClientIntl>
    </div>
  );
}
