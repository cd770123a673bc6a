'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

const ITEMS = [
  { href: '/dashboard', key: 'overview', exact: true },
  { href: '/dashboard/profile', key: 'profile' },
  { href: '/dashboard/requests', key: 'requests' },
  { href: '/dashboard/support', key: 'support' },
  { href: '/dashboard/contact', key: 'contact' },
] as const;

/** The applicant's own menu; «پشتیبانی سامانه» lives here for every signed-in user. */
export function DashboardNav({ label }: { label: string }) {
  const t = useTranslations('dashboard');
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="dashboard-nav">
      <ul>
        {ITEMS.map((item) => {
          const active = 'exact' in item ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.key}>
              <Link href={item.href} aria-current={active ? 'page' : undefined}>
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
