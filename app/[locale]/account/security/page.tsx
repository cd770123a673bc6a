import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signOutEverywhereAction } from '@/app/_components/auth/sign-out-actions';
import { getSessionClaims, requireAccount } from '@/lib/auth/session';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS } from '@/lib/auth/session-policy';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('securityTitle'), robots: { index: false } };
}

export default async function SecurityPage({ params }: { params: Promise<{ locale: 'fa' | 'en' }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const account = await requireAccount(locale, `/${locale}/account/security`);
  const claims = await getSessionClaims();
  const t = await getTranslations('account');
  const signedInAt = claims ? new Date(claims.authTime * 1000) : null;
  return (
    <div className="container narrow stack">
      <h1>{t('securityTitle')}</h1>
      <div className="card stack">
        {signedInAt ? <p>{t('signedInAt', { when: formatDateTimeForLocale(signedInAt, locale) })}</p> : null}
        {account.passwordChangedAt ? (
          <p>
            {t('passwordChangedAt', { when: formatDateTimeForLocale(account.passwordChangedAt, locale) })}
          </p>
        ) : null}
        <p>
          {t('lifetimes', {
            idle: IDLE_TIMEOUT_SECONDS / 60,
            absolute: ABSOLUTE_LIFETIME_SECONDS / 3600,
          })}
        </p>
      </div>
      <section aria-labelledby="everywhere-title" className="card stack">
        <h2 id="everywhere-title">{t('everywhereTitle')}</h2>
        <p>{t('everywhereText')}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button">
            {t('everywhereButton')}
          </button>
        </form>
      </section>
    </div>
  );
}
