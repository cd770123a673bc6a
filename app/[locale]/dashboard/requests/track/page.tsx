import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAccount } from '@/lib/auth/session';
import { Link } from '@/app/_components/localized-link';
import { redirect } from '@/lib/i18n/navigation';
import { getOwnRequest } from '@/lib/requests/get-own-request';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'requests' });
  return { title: t('trackLookup'), robots: { index: false } };
}

/** The lookup form's target: a known number of this applicant goes to its page, anything else is told so. */
export default async function TrackLookupPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ n?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/dashboard/requests`);
  const { n } = await searchParams;
  const number = (Array.isArray(n) ? n[0] : (n ?? '')).slice(0, 40);
  const request = number ? await getOwnRequest(account.id, number) : null;
  if (request) redirect({ href: `/dashboard/requests/track/${request.trackingNumber}`, locale });
  const t = await getTranslations('requests');
  return (
    <div className="stack">
      <h1>{t('trackLookup')}</h1>
      <p className="warning-box" role="status">
        {t('trackNotFound')}
      </p>
      <p>
        <Link href="/dashboard/requests">{t('backToList')}</Link>
      </p>
    </div>
  );
}
