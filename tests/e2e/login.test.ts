import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
import {
  BASE_URL,
  launch,
  newPage,
  screenshot,
  SHORT_TTL_URL,
  tickHumanCheck,
  toPersian,
  VIEWPORTS,
  waitForCode,
} from './helpers';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function createAccount(password: string, baseUrl = BASE_URL) {
  const nationalCode = randomValidNationalCode();
  const mobile = `0939${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
  const res = await fetch(`${baseUrl}/api/dev/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({
      nationalCode,
      password,
      mobile,
      email: `e2e${nationalCode}@example.ir`,
      firstName: 'سارا',
      lastName: 'رضایی',
    }),
  });
  assert.equal(res.status, 201);
  const body = (await res.json()) as { id: string; username: string };
  assert.equal(body.username, nationalCode);
  return { nationalCode, mobile };
}

/** Console errors other than the browser's own favicon probe. */
const realErrors = (errors: string[]) => errors.filter((e) => !/favicon|status of 404/.test(e));

async function signIn(page: Page, nationalCode: string, password: string) {
  await page.getByLabel('نام کاربری (کد ملی)').fill(toPersian(nationalCode));
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
}

describe('sign-in, protected pages, recovery and sign-out (fa)', () => {
  test('the whole journey', async () => {
    const password = 'First-pass-2026';
    const { nationalCode, mobile } = await createAccount(password);
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);

    // A protected page sends the visitor to login and back after it.
    await page.goto('/fa/dashboard');
    await page.waitForURL(/\/fa\/login\?callbackUrl=%2Ffa%2Fdashboard$/);
    await screenshot(page, 'login-fa-phone');

    // Wrong password: the one generic message, at the top, the typed national code kept.
    await signIn(page, nationalCode, 'Wrong-pass-99');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /نام کاربری یا رمز عبور اشتباه است/);
    assert.equal(await page.getByLabel('نام کاربری (کد ملی)').inputValue(), toPersian(nationalCode));
    assert.equal(await page.locator('input[name=password]').inputValue(), '');
    await screenshot(page, 'login-fa-error-phone');

    // Persian digits, right password: back to the dashboard.
    await signIn(page, nationalCode, password);
    await page.waitForURL(/\/fa\/dashboard$/);
    assert.ok(await page.getByText('سارا رضایی').count());
    const header = page.getByRole('navigation', { name: 'ورود و ثبت نام' });
    // The sign-in moves on with a client transition that keeps the layout: the header's island
    // swaps in the signed-in links once the new page is there.
    await header.getByRole('link', { name: 'پیشخوان من' }).waitFor();
    assert.equal(await header.getByRole('link', { name: 'پیشخوان من' }).count(), 1);
    assert.equal(await header.getByRole('link', { name: 'ورود', exact: true }).count(), 0);

    // A copy of the session cookie, as someone who kept it would have it.
    const copied = (await context.cookies())
      .filter((c) => c.name.includes('session-token'))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const sessionRead = async () =>
      (await fetch(`${BASE_URL}/api/auth/session`, { headers: { cookie: copied } })).json();
    assert.ok((await sessionRead())?.claims);

    // Sign-out ends the session: the dashboard is protected again.
    await header.getByRole('button', { name: 'خروج' }).click();
    await page.waitForURL(/\/fa$/);
    await page.goto('/fa/dashboard');
    await page.waitForURL(/\/fa\/login/);
    // …and /api/auth/session no longer vouches for the copied cookie either.
    assert.equal(await sessionRead(), null);

    // Recovery by SMS code from the outbox.
    await page.goto('/fa/forgot-password');
    await page.getByLabel('نام کاربری (کد ملی)').fill(toPersian(nationalCode));
    await page.getByLabel('پیامک').check();
    // The recovery code costs a human check; the form's own widget (the page has two forms).
    await tickHumanCheck(page.locator('form').filter({ has: page.getByLabel('نام کاربری (کد ملی)') }));
    await screenshot(page, 'recovery-fa-phone');
    await page.getByRole('button', { name: 'دریافت کد بازیابی' }).click();
    await page.getByLabel('کد بازیابی').waitFor();
    const code = await waitForCode(mobile, 'sms');
    await page.getByLabel('کد بازیابی').fill(toPersian(code));
    await page.locator('input[name=password]').fill('Second-pass-2026');
    await page.locator('input[name=passwordConfirm]').fill('Second-pass-2026');
    await screenshot(page, 'recovery-code-fa-phone');
    await page.getByRole('button', { name: 'تغییر رمز عبور' }).click();
    await page.getByText('رمز عبور شما تغییر کرد').waitFor();
    await screenshot(page, 'recovery-done-fa-phone');

    // The old password is refused, the new one works.
    await page.getByRole('link', { name: 'ورود به سامانه' }).click();
    await page.waitForURL(/\/fa\/login/);
    await signIn(page, nationalCode, password);
    await page.locator('.error-summary').waitFor();
    await signIn(page, nationalCode, 'Second-pass-2026');
    await page.waitForURL(/\/fa\/dashboard$/);

    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });

  test('the header follows the session through client moves: signed in, home, signed out there', async () => {
    const password = 'Header-pass-2026';
    const { nationalCode } = await createAccount(password);
    const { context, page, errors } = await newPage(browser);
    await page.goto('/fa/login');
    await signIn(page, nationalCode, password);
    await page.waitForURL(/\/fa\/dashboard$/);
    const header = page.getByRole('navigation', { name: 'ورود و ثبت نام' });
    await header.getByRole('link', { name: 'پیشخوان من' }).waitFor();
    // The home page by the menu (a client move that keeps the header), then sign out from there:
    // the answer lands on the same path, and the header must not keep the signed-in links.
    await page
      .getByRole('navigation', { name: 'منوی اصلی' })
      .getByRole('link', { name: 'صفحه اصلی' })
      .click();
    await page.waitForURL(/\/fa$/);
    await header.getByRole('button', { name: 'خروج' }).click();
    await header.getByRole('link', { name: 'ورود', exact: true }).waitFor();
    assert.equal(await header.getByRole('button', { name: 'خروج' }).count(), 0);
    assert.equal(await header.getByRole('link', { name: 'پیشخوان من' }).count(), 0);
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });

  test('an outside callbackUrl is ignored (no open redirect)', async () => {
    const password = 'Third-pass-2026';
    const { nationalCode } = await createAccount(password);
    const { context, page } = await newPage(browser);
    await page.goto('/fa/login?callbackUrl=%2F%2Fevil.example%2Fx');
    await signIn(page, nationalCode, password);
    await page.waitForURL(/\/fa\/dashboard$/);
    await context.close();
  });

  test('without JavaScript (or before it has run) the sign-in form posts: no password in the URL', async () => {
    const password = 'No-script-pass-2026';
    // On the second server: every e2e request comes from 127.0.0.1, and from the third failed sign-in
    // in 15 minutes (the suites before this one fail some on purpose) that address needs the human
    // check, which cannot run without JavaScript.
    const { nationalCode } = await createAccount(password, SHORT_TTL_URL);
    const context = await browser.newContext({ baseURL: SHORT_TTL_URL, javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: Array<{ method: string; url: string }> = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
    await page.goto('/fa/login');
    await signIn(page, nationalCode, password);
    await page.waitForURL(/\/fa\/dashboard/).catch(async (error: unknown) => {
      // Say what the page showed instead (a refusal, a human check), not only that it timed out.
      const shown = await page
        .locator('main')
        .innerText()
        .catch(() => '');
      throw new Error(`no dashboard after the form post (${page.url()}): ${shown.slice(0, 600)}`, {
        cause: error,
      });
    });
    assert.ok(!requests.some((r) => /password|nationalCode/.test(r.url)), JSON.stringify(requests));
    assert.ok(requests.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/fa/login'));
    await page.getByRole('heading', { level: 1, name: 'پیشخوان من' }).waitFor();
    await context.close();
  });

  test('the published demo staff passwords do not sign in on a production start', async () => {
    // On the second production server: every e2e request comes from 127.0.0.1, and the staff suites'
    // own failed sign-ins on the main server count against that address (captcha, then a growing wait).
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone, SHORT_TTL_URL);
    await page.goto('/fa/university/login');
    await screenshot(page, 'university-login-fa-phone');
    for (const [username, password] of [
      ['demo-staff', 'Demo-Staff-2026'],
      ['admin', 'Admin-Portal-2026'],
    ]) {
      await page.goto('/fa/university/login');
      await page.getByLabel(/^نام کاربری/).fill(username);
      await page.locator('input[name=password]').fill(password);
      await page.getByRole('button', { name: 'ورود', exact: true }).click();
      await page.getByRole('alert').getByText('نام کاربری یا رمز عبور اشتباه است').waitFor();
      assert.equal(await page.locator('input[name=totp]').count(), 0);
    }
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });

  test('screens in English and on desktop', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page } = await newPage(browser, viewport);
      await page.goto('/en/login');
      assert.ok(await page.getByLabel('Email or username').count());
      await screenshot(page, `login-en-${name}`);
      await page.goto('/en/forgot-password');
      await screenshot(page, `recovery-en-${name}`);
      await page.goto('/en/university/login');
      await screenshot(page, `university-login-en-${name}`);
      await context.close();
    }
    const { context, page } = await newPage(browser, VIEWPORTS.desktop);
    await page.goto('/fa/login');
    await screenshot(page, 'login-fa-desktop');
    await context.close();
  });
});
