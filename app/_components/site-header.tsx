import { getTranslations } from 'next-intl/server';
import { formatDateForLocale, tehranIsoDate } from '@/lib/formats/jalali';
import { Link } from '@/app/_components/localized-link';
import type { Locale } from '@/lib/i18n/routing';
import { AccountLinks } from './account-links';
import { Emblem } from './emblem';
import { LocaleSwitcher } from './locale-switcher';
import { MainNav } from './main-nav';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations();
  const now = new Date();
  const today = formatDateForLocale(now, locale);
  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <p className="today">
            <span className="visually-hidden">{t('nav.today')}: </span>
            <time dateTime={tehranIsoDate(now)}>{today}</time>
          </p>
          <div className="topbar-actions">
            <AccountLinks />
            <LocaleSwitcher
              locale={locale}
              label={t('nav.switchTo')}
              accessibleLabel={t('nav.switchToLabel')}
            />
          </div>
        </div>
      </div>
      <div className="identity">
        <div className="container identity-inner">
          <Link href="/" className="identity-link">
            <Emblem />
            <span className="identity-text">
              <span className="identity-country">{t('org.country')}</span>
              <span className="identity-ministry">{t('org.ministry')}</span>
              <span className="identity-name">{t('org.name')}</span>
            </span>
          </Link>
        </div>
      </div>
      <MainNav />
    </header>
  );
}
