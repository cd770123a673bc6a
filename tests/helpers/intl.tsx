import { render, type RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';

/** Renders inside the intl provider, as the app does, in the given locale (fa by default). */
export function renderWithIntl(ui: ReactElement, locale: 'fa' | 'en' = 'fa', options?: RenderOptions) {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === 'fa' ? fa : en} timeZone="Asia/Tehran">
      <div dir={locale === 'fa' ? 'rtl' : 'ltr'}>{ui}</div>
    </NextIntlClientProvider>,
    options,
  );
}
