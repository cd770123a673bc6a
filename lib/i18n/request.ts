import { getRequestConfig } from 'next-intl/server';
import { isLocale, routing } from './routing';

export const TIME_ZONE = 'Asia/Tehran';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
