import { randomInt } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
import { BASE_URL } from './helpers';
import {
  applicantSignIn,
  createAccount,
  enroll,
  SETUP,
  staffSignIn,
  submitProfile,
  freshCode,
} from './staff-helpers';

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
  /** Needs a signed-in administrator (the gate's own account from `npm run staff:create`). */
  staff?: boolean;
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
    ...(SETUP.gateSetup
      ? [{ name: 'staff-setup', path: new URL(SETUP.gateSetup.url).pathname.replace(/^\/fa/, '') }]
      : []),
    { name: 'staff-queue', path: '/university', staff: true },
    { name: 'staff-applicant', path: '/university', staff: true, prepare: openApplicantFile },
    { name: 'staff-desk', path: '/university/support', staff: true },
    { name: 'staff-ticket', path: '/university/support', staff: true, prepare: openDeskTicket },
    { name: 'staff-accounts', path: '/university/staff', staff: true },
    { name: 'staff-universities', path: '/university/universities', staff: true },
    { name: 'staff-audit', path: '/university/audit', staff: true },
    { name: 'staff-deliveries', path: '/university/deliveries?status=all', staff: true },
    { name: 'staff-account', path: '/university/account', staff: true },
    { name: 'content-admin', path: '/university/content', staff: true },
    { name: 'content-new-news', path: '/university/content/news/new', staff: true },
    { name: 'content-new-exam', path: '/university/content/exams/new', staff: true },
    {
      name: 'content-editor-errors',
      path: '/university/content/faq/new',
      staff: true,
      prepare: async (page, locale) => {
        await page.getByRole('button', { name: SAVE[locale], exact: true }).click();
        await page.getByRole('alert').first().waitFor();
      },
    },
  ];
}

/** Does the route exist yet? Follows redirects, so a page that sends visitors elsewhere counts as absent. */
export async function isAvailable(p: PortalPage, locale: Locale): Promise<boolean> {
  if (p.locales && !p.locales.includes(locale)) return false;
  if (p.staff) {
    // The page must exist (it sends strangers to the staff sign-in) and the gate needs its staff account.
    const page = await fetch(`${BASE_URL}/${locale}${p.path}`, { redirect: 'manual' });
    return (
      Boolean(SETUP.gate) &&
      [302, 303, 307].includes(page.status) &&
      /\/university\/login/.test(page.headers.get('location') ?? '')
    );
  }
  if (p.signedIn) {
    // The page must exist (it sends strangers to login) and a test account must be possible.
    const page = await fetch(`${BASE_URL}/${locale}${p.path}`, { redirect: 'manual' });
    const probe = await fetch(`${BASE_URL}/api/dev/accounts`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', origin: BASE_URL },
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
const SAVE = { fa: 'ذخیره', en: 'Save' };

/** The staff accounts the content tests use (made by `npm run staff:create` in scripts/e2e.mjs). */
export type StaffKey = 'contentAdmin' | 'contentReviewer';
const staffSecrets = new Map<StaffKey, string>();

/**
 * A staff member signed in through the real staff login form: password, then a TOTP code computed
 * from the secret shown when the account was enrolled through its setup link (once per account).
 */
export async function signInStaff(page: Page, locale: Locale, who: StaffKey = 'contentAdmin'): Promise<void> {
  const account = SETUP[who];
  if (!account) throw new Error(`no ${who} staff account: run the suite through scripts/e2e.mjs`);
  let secret = staffSecrets.get(who);
  if (!secret) {
    secret = await enroll(page, account.url);
    staffSecrets.set(who, secret);
  }
  await staffSignIn(page, account.username, await freshCode(secret), locale);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

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
    headers: { 'content-type': 'application/json', origin: BASE_URL },
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

let staffCookies: Awaited<ReturnType<BrowserContext['cookies']>> | null = null;

/**
 * The gate's administrator: enrolled once through its setup link and signed in with password and code;
 * later pages reuse the session cookie (a TOTP code is accepted once, so each sign-in costs 30 s).
 */
async function staffSession(page: Page): Promise<void> {
  if (!staffCookies) {
    const gate = SETUP.gate!;
    const secret = await enroll(page, gate.url);
    await staffSignIn(page, gate.username, await freshCode(secret));
    await page.waitForURL(/\/university$/);
    staffCookies = (await page.context().cookies()).filter((c) => /session-token/.test(c.name));
    return;
  }
  await page.context().addCookies(staffCookies);
}

let reviewed: { applicantId: string; ticketId: string } | null = null;

/** One applicant of the demo university with a submitted profile and a ticket, made once. */
async function reviewedApplicant(page: Page): Promise<{ applicantId: string; ticketId: string }> {
  if (reviewed) return reviewed;
  const context = await page.context().browser()!.newContext({ baseURL: BASE_URL });
  const other = await context.newPage();
  const a = await createAccount();
  await applicantSignIn(other, a);
  await submitProfile(other);
  await other.goto('/fa/dashboard/support');
  await other.getByLabel('موضوع').fill('پرسش درباره بررسی پرونده');
  await other.getByLabel('متن پیام').fill('پرونده من چه زمانی بررسی می‌شود؟');
  await other.getByRole('button', { name: 'ثبت درخواست پشتیبانی' }).click();
  await other.waitForURL(/\/dashboard\/support\/[0-9a-f-]+\?opened=1$/);
  const ticketId = /support\/([0-9a-f-]+)/.exec(other.url())![1];
  await context.close();
  reviewed = { applicantId: a.id, ticketId };
  return reviewed;
}

async function openApplicantFile(page: Page, locale: Locale): Promise<void> {
  const { applicantId } = await reviewedApplicant(page);
  await page.goto(`/${locale}/university/applicants/${applicantId}`);
}

async function openDeskTicket(page: Page, locale: Locale): Promise<void> {
  const { ticketId } = await reviewedApplicant(page);
  await page.goto(`/${locale}/university/support/${ticketId}`);
}

/** Goes to the page (signing in first when it needs it), without bringing it into a state. */
export async function visit(page: Page, p: PortalPage, locale: Locale): Promise<void> {
  if (p.staff) await staffSession(page);
  if (p.signedIn) await signIn(page, locale, p.signedIn === 'approved' ? 'approved' : undefined);
  await page.goto(`/${locale}${p.path}`);
}

/** Goes to the page and brings it into its state. */
export async function openPage(page: Page, p: PortalPage, locale: Locale): Promise<void> {
  await visit(page, p, locale);
  if (p.prepare) await p.prepare(page, locale);
}
