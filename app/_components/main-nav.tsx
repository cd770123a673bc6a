import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/localized-link';

const ITEMS = [
  { href: '/exam-calendar', key: 'examCalendar' },
  { href: '/faq', key: 'faq' },
  { href: '/services', key: 'services' },
  { href: '/announcements', key: 'announcements' },
] as const;

export async function MainNav() {
  const t = await getTranslations('nav');
  return (
    <nav aria-label={t('mainMenu')} className="main-nav">
      <ul className="container">
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{t(item.key)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
