import type { Page } from 'playwright-core';
import { BASE_URL } from './helpers';

/**
 * Every page the quality gates (axe, keyboard, zoom, phone layout, hostile input) walk through.
 * Adding a page to the portal means adding a line here. A page whose route does not answer yet is
 * skipped with a logged note, never silently: the list itself stays explicit.
 */
export interface PortalPage {
  /** A short name for logs and screenshots. */
  name: string;
  /** Path without the locale, e.g. '/news'. */
  path: string;
  /** The status the route answers when it exists (404 for the not-found page). */
  status?: number;
  /** Brings the page into the state to check (e.g. the form after agreeing to the rules). */
  prepare?: (page: Page, locale: Locale) => Promise<void>;
  /** Checked only where this holds (e.g. signed-in pages once a sign-in helper exists). */
  locales?: Locale[];
}

export type Locale = 'fa' | 'en';
export const LOCALES: Locale[] = ['fa', 'en'];

const AGREE = { fa: 'با قوانین گفته شده موافق هستم', en: /I agree/i };
const SUBMIT = { fa: 'ارسال', en: 'Submit' };

/** Ticks or presses «با قوانین گفته شده موافق هستم», whichever the rules page offers. */
async function agreeToRules(page: Page, locale: Locale): Promise<void> {
  const checkbox = page.getByRole('checkbox', { name: AGREE[locale] });
  if (await checkbox.count()) await checkbox.check();
  const button = page.getByRole('button', { name: AGREE[locale] });
  if (await button.count()) await button.click();
  await page.locator('form input[name="nationalCode"], form input[name="passportNumber"]').first().waitFor();
}

async function submitEmpty(page: Page, locale: Locale): Promise<void> {
  await agreeToRules(page, locale);
  await page.getByRole('button', { name: SUBMIT[locale], exact: true }).click();
  await page.getByRole('alert').first().waitFor();
}

/** The first news item's path, read from the list so seeded slugs are not hard-coded. */
export async function firstNewsPath(): Promise<string> {
  const html = await (await fetch(`${BASE_URL}/fa/news`)).text();
  const match = html.match(/href="\/fa(\/news\/[^"]+)"/);
  if (!match) throw new Error('no news item linked from /fa/news');
  return match[1];
}

export async function portalPages(): Promise<PortalPage[]> {
  return [
    { name: 'home', path: '' },
    { name: 'news', path: '/news' },
    { name: 'news-item', path: await firstNewsPath() },
    { name: 'faq', path: '/faq' },
    { name: 'services', path: '/services' },
    { name: 'exam-calendar', path: '/exam-calendar' },
    { name: 'announcements', path: '/announcements' },
    { name: 'guide', path: '/guide' },
    { name: 'outbox', path: '/dev/outbox' },
    { name: 'not-found', path: '/no-such-page', status: 404 },
    { name: 'register-rules', path: '/register' },
    { name: 'register-form', path: '/register', prepare: agreeToRules },
    { name: 'register-errors', path: '/register', prepare: submitEmpty },
    { name: 'login', path: '/login' },
    { name: 'forgot-password', path: '/forgot-password' },
    { name: 'university-login', path: '/university/login' },
  ];
}

/** Does the route exist yet? Follows redirects, so a page that sends visitors elsewhere counts as absent. */
export async function isAvailable(p: PortalPage, locale: Locale): Promise<boolean> {
  if (p.locales && !p.locales.includes(locale)) return false;
  const res = await fetch(`${BASE_URL}/${locale}${p.path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  return res.status === (p.status ?? 200);
}

/** Resolves the list into the pages to check and the ones skipped (logged by the caller). */
export async function availablePages(): Promise<{
  present: Array<{ page: PortalPage; locale: Locale }>;
  skipped: string[];
}> {
  const present: Array<{ page: PortalPage; locale: Locale }> = [];
  const skipped: string[] = [];
  for (const page of await portalPages()) {
    for (const locale of LOCALES) {
      if (await isAvailable(page, locale)) present.push({ page, locale });
      else skipped.push(`${locale}${page.path || '/'} (${page.name})`);
    }
  }
  return { present, skipped };
}

/** Opens a page and brings it into its state; returns false when preparing fails (e.g. no form yet). */
export async function openPage(page: Page, p: PortalPage, locale: Locale): Promise<void> {
  await page.goto(`/${locale}${p.path}`);
  if (p.prepare) await p.prepare(page, locale);
}
