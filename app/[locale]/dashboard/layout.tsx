import { ClientIntl, CLIENT_NAMESPACES } from '@/app/_components/client-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireAccount } from '@/lib/auth/session';
import { DashboardNav } from './_components/dashboard-nav';
import './dashboard.css';

// Every page below reads the session and the database: never prerendered, never cached.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAccount(locale, `/${locale}/dashboard`);
  const t = await getTranslations('dashboard');
  return (
    <div className="container dashboard">
      <ClientIntl namespaces={CLIENT_NAMESPACES.dashboardNav}>
        <DashboardNav label={t('navLabel')} />
      </ClientIntl>
      {/* Each page wraps its own forms in ClientIntl with the texts they use. */}
      <div className="dashboard-content">{children}</div>
    </div>
  );
}
