import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** «ورود» | «ثبت نام» | «ورود کاربران دانشگاه به سیستم» (signed-in users see their dashboard instead). */
export async function AccountLinks() {
  const t = await getTranslations('nav');
  return (
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
  );
}
