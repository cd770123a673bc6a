import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** What each group of client components translates in the browser (top-level message namespaces). */
export const CLIENT_NAMESPACES = {
  register: ['register', 'errors', 'forms', 'captcha'],
  signIn: ['auth', 'errors', 'forms', 'captcha'],
  recovery: ['recovery', 'errors', 'forms', 'captcha'],
  // The dashboard's pages: the layout's menu, then each page's forms (only the page that has them
  // carries their texts: the overview, the most visited, carries the menu's alone).
  dashboardNav: ['dashboard'],
  profile: ['profile', 'errors', 'forms', 'documents'],
  requests: ['requests', 'documents', 'errors', 'forms'],
  contact: ['contact', 'errors', 'forms', 'captcha', 'register'],
  support: ['support', 'errors', 'forms'],
  contentAdmin: ['contentAdmin', 'errors', 'forms'],
} as const;

/**
 * The translations provider for a subtree with client components. It is placed only around those
 * subtrees, not in the shared layout, so pages without client translations load none of next-intl's
 * client runtime, and it passes only the namespaces they use, so the RSC payload carries only those.
 */
export async function ClientIntl({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
