import type { ReactNode } from 'react';
import { requireAccount } from '@/lib/auth/session';

/** Everything under /dashboard needs a current applicant session; others go to login and come back. */
export default async function DashboardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  await requireAccount(locale, `/${locale}/dashboard`);
  return children;
}
