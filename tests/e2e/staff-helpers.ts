import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { nationalCodeCheckDigit } from '../../lib/formats/national-code';
import { BASE_URL, tickHumanCheck, toPersian } from './helpers';

/**
 * Staff and applicant steps shared by the staff journeys and the accessibility gate. Staff accounts
 * come from `npm run staff:create`, run by scripts/e2e.mjs on the server's database before it started;
 * their one-time setup URLs arrive in E2E_STAFF_SETUP.
 */
export const SETUP = JSON.parse(process.env.E2E_STAFF_SETUP ?? '{}') as Record<
  'reviewer' | 'other' | 'admin' | 'gate' | 'gateSetup' | 'contentAdmin' | 'contentReviewer',
  { username: string; url: string } | undefined
>;
export const STAFF_PASSWORD = 'Staff-e2e-pass-2026';
export const APPLICANT_PASSWORD = 'Applicant-e2e-1405';

export const totp = (secret: string, at = Date.now()) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: at,
  });

const usedSteps = new Map<string, number>();

/**
 * A code the server accepts now and has not seen yet: the server takes one step of drift either way
 * and each step once, so this picks the current or the next step above the last one used, and waits
 * when both are spent.
 */
export async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    const last = usedSteps.get(secret) ?? -Infinity;
    const step = [current, current + 1].find((s) => s > last);
    if (step !== undefined) {
      usedSteps.set(secret, step);
      return totp(secret, step * 30_000 + 1000);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The setup link: password, then the authenticator enrolled from the secret shown as text. */
export async function enroll(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'راه‌اندازی حساب کاربری دانشگاه', level: 1 }).waitFor();
  // A mismatched confirmation is refused in the summary, nothing is stored.
  await page.locator('input[name=password]').fill(STAFF_PASSWORD);
  await page.locator('input[name=passwordConfirm]').fill('Something-else-1');
  await page.getByRole('button', { name: 'ذخیره رمز عبور' }).click();
  await page.getByRole('alert').getByText('رمز عبور و تکرار آن یکسان نیستند').waitFor();
  await page.locator('input[name=password]').fill(STAFF_PASSWORD);
  await page.locator('input[name=passwordConfirm]').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'ذخیره رمز عبور' }).click();
  const secretText = page.getByTestId('totp-secret');
  await secretText.waitFor();
  assert.ok(await page.getByRole('img', { name: /کد QR/ }).locator('svg').count());
  const secret = (await secretText.innerText()).replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await page.locator('input[name=totp]').fill(toPersian(await freshCode(secret)));
  await page.getByRole('button', { name: 'تأیید و پایان راه‌اندازی' }).click();
  await page.getByRole('heading', { name: 'کدهای بازیابی' }).waitFor();
  assert.equal(await page.locator('.recovery-codes li').count(), 10);
  return secret;
}

/** Password, then the code of the next time step (accepted: one step of drift, not used yet). */
export async function staffSignIn(
  page: Page,
  username: string,
  code: string,
  locale: 'fa' | 'en' = 'fa',
): Promise<void> {
  await page.goto(`/${locale}/university/login`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(STAFF_PASSWORD);
  const submit = page.getByRole('button', { name: locale === 'fa' ? 'ورود' : 'Sign in', exact: true });
  await submit.click();
  // Earlier suites fail staff sign-ins from this same address (127.0.0.1), and staff throttling asks
  // for the human check from the 2nd failure: tick it (the browser solves the proof of work) when it
  // appears, as a person would.
  const totpField = page.locator('input[name=totp]');
  const humanCheck = page.locator('altcha-widget');
  await totpField.or(humanCheck).first().waitFor();
  if (!(await totpField.count())) {
    await tickHumanCheck(page);
    await page.locator('input[name=password]').fill(STAFF_PASSWORD);
    await submit.click();
    await totpField.waitFor();
  }
  await totpField.fill(code);
  await page.getByRole('button', { name: locale === 'fa' ? 'ورود' : 'Sign in', exact: true }).click();
}

export function uniqueApplicant() {
  let first9 = '';
  do first9 = String(randomInt(100_000_000, 999_999_999));
  while (/^(\d)\1{8}$/.test(first9));
  return {
    nationalCode: `${first9}${nationalCodeCheckDigit(first9)}`,
    mobile: `0912${String(randomInt(0, 10_000_000)).padStart(7, '0')}`,
    email: `staff-e2e-${randomInt(0, 1e9)}@example.com`,
    password: APPLICANT_PASSWORD,
    lastName: `آزمون${['الف', 'ب', 'پ', 'ت', 'ث'][randomInt(0, 5)]}`,
  };
}
export type Applicant = ReturnType<typeof uniqueApplicant> & { id: string };

export async function createAccount(
  overrides: Partial<ReturnType<typeof uniqueApplicant>> = {},
): Promise<Applicant> {
  const data = { ...uniqueApplicant(), ...overrides };
  const res = await fetch(`${BASE_URL}/api/dev/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify(data),
  });
  assert.equal(res.status, 201, `dev account: ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  return { ...data, id };
}

export async function applicantSignIn(page: Page, a: Applicant): Promise<void> {
  await page.goto('/fa/login');
  await page.getByLabel('نام کاربری (کد ملی)').fill(toPersian(a.nationalCode));
  await page.locator('#login-password').fill(APPLICANT_PASSWORD);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await page.waitForURL(/\/fa\/dashboard$/);
}

/** The two profile steps and the submit, as the applicant types them. */
export async function submitProfile(page: Page, field = 'مهندسی کامپیوتر'): Promise<void> {
  await page.goto('/fa/dashboard/profile/personal');
  await page.getByLabel('نام پدر').fill('علی');
  await page.getByLabel('مرد', { exact: true }).check();
  await page.getByLabel('محل تولد').fill('تهران');
  await page.getByLabel('نشانی محل سکونت').fill('تهران، خیابان انقلاب، کوچه یکم، پلاک ۱۲');
  await page.getByLabel('کد پستی').fill('۱۳۱۴۶-۶۷۸۹۱');
  await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
  await page.waitForURL(/\/profile\/education$/);
  await page.getByLabel('دانشجو', { exact: true }).check();
  await page.locator('#education-universityId').selectOption({ label: 'دانشگاه نمونه' });
  await page.getByLabel('مقطع تحصیلی').selectOption({ label: 'کارشناسی ارشد' });
  await page.getByLabel('رشته تحصیلی').fill(field);
  await page.getByLabel('شماره دانشجویی').fill('۴۰۱۲۳۴۵۶');
  await page.getByLabel('سال ورود (شمسی)').fill('۱۴۰۱');
  await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
  await page.waitForURL(/\/profile\/review$/);
  await page.getByLabel('درستی اطلاعات بالا را تأیید می‌کنم').check();
  await page.getByRole('button', { name: 'ارسال برای تأیید' }).click();
  await page.waitForURL(/\/fa\/dashboard(\?|$)/);
}

/** The same cookie jar as another browser: to send a real form with someone else's session. */
export async function useSessionOf(target: BrowserContext, source: BrowserContext): Promise<void> {
  const cookies = (await source.cookies()).filter((c) => /session-token/.test(c.name));
  await target.clearCookies();
  await target.addCookies(cookies);
}

export async function statusOnDashboard(page: Page): Promise<string> {
  await page.goto('/fa/dashboard');
  return page.locator('main').innerText();
}
