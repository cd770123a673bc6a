import { render, type RenderOptions } from '@testing-library/react';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';

/** Next's client router as a page has it, with every move recorded (a form that leaves the page). */
export function testRouter() {
  return {
    push: jest.fn(),
    replace: jest.fn(),
    refresh: jest.fn(),
    back: jest.fn(),
    forward: jest.fn(),
    prefetch: jest.fn(),
  };
}

/**
 * Renders inside the intl provider and Next's router, as the app does, in the given locale (fa by
 * default). The answer's `router` tells where the page was sent.
 */
export function renderWithIntl(ui: ReactElement, locale: 'fa' | 'en' = 'fa', options?: RenderOptions) {
  const router = testRouter();
  const result = render(
    <AppRouterContext.Provider value={router}>
      <NextIntlClientProvider locale={locale} messages={locale === 'fa' ? fa : en} timeZone="Asia/Tehran">
        <div dir={locale === 'fa' ? 'rtl' : 'ltr'}>{ui}</div>
      </NextIntlClientProvider>
    </AppRouterContext.Provider>,
    options,
  );
  return { ...result, router };
}
