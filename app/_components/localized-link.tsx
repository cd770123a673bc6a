import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { localizedPathname } from '@/lib/i18n/pathname';
import type { Locale } from '@/lib/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale };

/**
 * A localized link for server components. next-intl's `Link` renders a client component that needs
 * next-intl's client runtime in the browser (≈15 kB gzip on every page); here the href is resolved on
 * the server and only next/link reaches the client.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedPathname(href, target)} {...rest} />;
}
