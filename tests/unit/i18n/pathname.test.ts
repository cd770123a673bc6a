import { getPathname } from '@/lib/i18n/navigation';
import { localizedPathname } from '@/lib/i18n/pathname';
import { isLocale } from '@/lib/i18n/routing';

describe('localizedPathname', () => {
  test.each([
    '/',
    '/register',
    '/university/login',
    '/forgot-password#username',
    '/news/some-slug?page=2',
    '/dashboard/profile/personal',
  ])('%s gives what next-intl getPathname gives, in both locales', (href) => {
    for (const locale of ['fa', 'en'] as const) {
      expect(localizedPathname(href, locale)).toBe(getPathname({ href, locale }));
    }
  });

  test('the home page is the bare locale', () => {
    expect(localizedPathname('/', 'fa')).toBe('/fa');
    expect(localizedPathname('/guide', 'en')).toBe('/en/guide');
  });
});

describe('isLocale', () => {
  test('only the portal locales', () => {
    expect(isLocale('fa')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
