import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientIntl } from '@/app/_components/client-intl';
import { Link } from '@/app/_components/localized-link';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';
import { findStaffBySetupToken, pendingTotpSecret } from '@/lib/staff/complete-staff-setup';
import { enrollmentOf } from '@/lib/staff/totp';
import { STAFF_CLIENT_NAMESPACES } from '../../_components/namespaces';
import { EnrollTotpForm, SetupPasswordForm } from './setup-forms';
import '../../(desk)/desk.css';

export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff.setup' });
  // The token is in the URL: no referrer leaves this page.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** The one-time setup link: the person's own password, then the authenticator (QR code + secret). */
export default async function SetupPage({ params }: { params: Params }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('staff.setup');
  const staff = await findStaffBySetupToken(token);
  if (!staff) {
    return (
      <div className="container narrow stack">
        <h1>{t('title')}</h1>
        <p className="card">{t('expired')}</p>
        <p>
          <Link href="/university/login">{t('goToLogin')}</Link>
        </p>
      </div>
    );
  }
  const secret = pendingTotpSecret(staff);
  const enrollment = secret ? await enrollmentOf(secret, staff.username) : null;
  return (
    <div className="container narrow stack">
      <h1>{t('title')}</h1>
      <p>{t('intro', { username: staff.username })}</p>
      <ClientIntl namespaces={STAFF_CLIENT_NAMESPACES}>
        {secret && enrollment ? (
          <section className="card stack" aria-labelledby="enroll-title">
            <h2 id="enroll-title">{t('step2')}</h2>
            <EnrollTotpForm
              token={token}
              loginHref={localizedPathname('/university/login', locale as Locale)}
              secret={secret}
              qrSvg={enrollment.qrSvg}
            />
          </section>
        ) : (
          <section className="card stack" aria-labelledby="password-title">
            <h2 id="password-title">{t('step1')}</h2>
            <SetupPasswordForm token={token} />
          </section>
        )}
      </ClientIntl>
    </div>
  );
}
