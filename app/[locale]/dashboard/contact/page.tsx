import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAccount } from '@/lib/auth/session';
import { localizeDigits } from '@/lib/formats';
import { ContactChangeForm } from './contact-form';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contact' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ContactPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/contact`);
  const t = await getTranslations('contact');
  return (
    <ClientIntl namespaces={CLIENT_NAMESPACES.contact}>
      <div className="stack">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <section className="card stack" aria-labelledby="mobile-title">
          <h2 id="mobile-title">{t('mobileTitle')}</h2>
          <p className="muted">{t('current', { value: localizeDigits(account.mobile, locale) })}</p>
          <ContactChangeForm kind="mobile" />
        </section>
        <section className="card stack" aria-labelledby="email-title">
          <h2 id="email-title">{t('emailTitle')}</h2>
          <p className="muted">{t('current', { value: account.email })}</p>
          <ContactChangeForm kind="email" />
        </section>
      </div>
    </ClientIntl>
  );
}
