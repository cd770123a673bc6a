import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
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
  /** Checked only in these locales. */
  locales?: Locale[];
  /**
   * Needs a signed-in applicant (a fresh account from /api/dev/accounts, signed in through the form);
   * 'approved' for pages only an approved applicant sees (the request form with its uploads).
   */
  signedIn?: boolean | 'approved';
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
    { name: 'dashboard', path: '/dashboard', signedIn: true },
    { name: 'account-security', path: '/account/security', signedIn: true },
    { name: 'profile-personal', path: '/dashboard/profile/personal', signedIn: true },
    { name: 'requests', path: '/dashboard/requests', signedIn: true },
    { name: 'service-gate', path: '/dashboard/requests/study-exemption', signedIn: true },
    { name: 'service-form', path: '/dashboard/requests/study-exemption', signedIn: 'approved' },
    { name: 'track-unknown', path: '/dashboard/requests/track?n=SA-14050101-ZZZZZZ', signedIn: true },
  ];
}

/** Does the route exist yet? Follows redirects, so a page that sends visitors elsewhere counts as absent. */
export async function isAvailable(p: PortalPage, locale: Locale): Promise<boolean> {
  if (p.locales && !p.locales.includes(locale)) return false;
  if (p.signedIn) {
    // The page must exist (it sends strangers to login) and a test account must be possible.
    const page = await fetch(`${BASE_URL}/${locale}${p.path}`, { redirect: 'manual' });
    const probe = await fetch(`${BASE_URL}/api/dev/accounts`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    return (
      [302, 303, 307].includes(page.status) &&
      /\/login/.test(page.headers.get('location') ?? '') &&
      probe.status === 400
    );
  }
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

const SIGN_IN = { fa: 'ورود', en: /^sign in$/i };

type Cookies = Awaited<ReturnType<ReturnType<Page['context']>['cookies']>>;
/**
 * One signed-in session per kind of applicant, reused by every gate: the gates visit each signed-in
 * page several times, and signing in again each time would run into the login limit per client
 * address (`loginPerClient`), which is doing its job.
 */
const sessions = new Map<string, Cookies>();

/** An applicant signed in through the real login form once, then the same session for every visit. */
async function signIn(page: Page, locale: Locale, status?: 'approved'): Promise<void> {
  const key = status ?? 'pre_registered';
  const saved = sessions.get(key);
  if (saved) {
    await page.context().addCookies(saved);
    return;
  }
  await signInFresh(page, locale, status);
  sessions.set(key, await page.context().cookies());
}

/** A fresh applicant, signed in through the real login form (Persian digits on fa, as people type them). */
async function signInFresh(page: Page, locale: Locale, status?: 'approved'): Promise<void> {
  const nationalCode = randomValidNationalCode();
  const password = 'Quality-gate-1405';
  const res = await fetch(`${BASE_URL}/api/dev/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      nationalCode,
      password,
      mobile: `0938${String(randomInt(0, 10_000_000)).padStart(7, '0')}`,
      email: `a11y${nationalCode}@example.ir`,
      firstName: 'مریم',
      lastName: 'احمدی',
      status,
    }),
  });
  if (res.status !== 201) throw new Error(`dev account: ${res.status}`);
  await page.goto(`/${locale}/login`);
  await page
    .locator('form input[name="nationalCode"], form input[name="username"]')
    .first()
    .fill(nationalCode);
  await page.locator('form input[name="password"]').fill(password);
  await page.getByRole('button', { name: SIGN_IN[locale] }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Goes to the page (signing in first when it needs it), without bringing it into a state. */
export async function visit(page: Page, p: PortalPage, locale: Locale): Promise<void> {
  if (p.signedIn) await signIn(page, locale, p.signedIn === 'approved' ? 'approved' : undefined);
  await page.goto(`/${locale}${p.path}`);
}

/** Goes to the page and brings it into its state. */
export async function openPage(page: Page, p: PortalPage, locale: Locale): Promise<void> {
  await visit(page, p, locale);
  if (p.prepare) await p.prepare(page, locale);
}
