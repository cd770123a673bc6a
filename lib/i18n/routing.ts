import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['fa', 'en'],
  defaultLocale: 'fa',
  localePrefix: 'always',
  // The language is chosen by the URL; a cookie set from Accept-Language would surprise Persian
  // users on English-language phones.
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

export const directionOf = (locale: string): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr');

/** next-intl's hasLocale without importing 'next-intl', whose server entry registers its client provider with every page. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
