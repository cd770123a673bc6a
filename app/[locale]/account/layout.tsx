import type { ReactNode } from 'react';
import { requireAccount } from '@/lib/auth/session';

export default async function AccountLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  await requireAccount(locale, `/${locale}/account/security`);
  return children;
}
