import { getLocale, getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/_components/auth/sign-out-actions';
import { getCurrentAccount, getCurrentStaff } from '@/lib/auth/session';
import { Link } from '@/app/_components/localized-link';
import { AccountLinksIsland } from './account-links-island';

/**
 * «ورود» | «ثبت نام» | «ورود کاربران دانشگاه به سیستم» for visitors; «پیشخوان من» | «خروج» for a
 * signed-in applicant; «میز کار دانشگاه» | «خروج» for staff (their university pages).
 * On pages served from cache (force-static) nobody is signed in at render time: the visitor links are
 * wrapped in AccountLinksIsland, which swaps in the signed-in links in the browser when needed.
 */
export async function AccountLinks() {
  const t = await getTranslations('nav');
  const locale = await getLocale();
  const [account, staff] = await Promise.all([getCurrentAccount(), getCurrentStaff()]);
  const signedIn = (home: '/dashboard' | '/university') => (
    <nav aria-label={t('accountLinks')} className="account-links">
      <ul>
        <li>
          <Link href={home}>{home === '/dashboard' ? t('dashboard') : t('staffDesk')}</Link>
        </li>
        <li>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit">{t('logout')}</button>
          </form>
        </li>
      </ul>
    </nav>
  );
  if (account || staff) return signedIn(account ? '/dashboard' : '/university');
  return (
    <AccountLinksIsland applicant={signedIn('/dashboard')} staff={signedIn('/university')}>
      <nav aria-label={t('accountLinks')} className="account-links">
        <ul>
          <li>
            <Link href="/login">{t('login')}</Link>
          </li>
          <li>
            <Link href="/register">{t('register')}</Link>
          </li>
          <li>
            <Link href="/university/login">{t('universityLogin')}</Link>
          </li>
        </ul>
      </nav>
    </AccountLinksIsland>
  );
}
