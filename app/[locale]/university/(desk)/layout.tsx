import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientIntl } from '@/app/_components/client-intl';
import { requireStaff } from '@/lib/auth/session';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';
import { STAFF_CLIENT_NAMESPACES } from '../_components/namespaces';
import { StaffNav, type StaffNavItem } from '../_components/staff-nav';
import '../../dashboard/dashboard.css';
import './desk.css';

// Every page below reads the staff session and the database: never prerendered, never cached.
export const dynamic = 'force-dynamic';

export default async function DeskLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const t = await getTranslations('staff.nav');
  const href = (p: string) => localizedPathname(p, locale as Locale);
  const items: StaffNavItem[] = [
    { href: href('/university'), label: t('queue'), also: [href('/university/applicants')] },
    { href: href('/university/support'), label: t('support') },
    ...(staff.role === 'admin'
      ? [
          { href: href('/university/staff'), label: t('staff') },
          { href: href('/university/universities'), label: t('universities') },
          { href: href('/university/deliveries'), label: t('deliveries') },
          { href: href('/university/audit'), label: t('audit') },
        ]
      : []),
    { href: href('/university/account'), label: t('account') },
  ];
  return (
    <ClientIntl namespaces={STAFF_CLIENT_NAMESPACES}>
      <div className="container dashboard">
        <StaffNav label={t('label')} items={items} />
        <div className="dashboard-content">{children}</div>
      </div>
    </ClientIntl>
  );
}
