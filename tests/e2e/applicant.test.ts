import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { nationalCodeCheckDigit } from '../../lib/formats/national-code';
import { BASE_URL, launch, newPage, readOutbox, screenshot, toPersian, VIEWPORTS } from './helpers';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PASSWORD = 'Applicant-e2e-1405';

function uniqueApplicant() {
  let first9 = '';
  do first9 = String(randomInt(100_000_000, 999_999_999));
  while (/^(\d)\1{8}$/.test(first9));
  return {
    nationalCode: `${first9}${nationalCodeCheckDigit(first9)}`,
    mobile: `0912${String(randomInt(0, 10_000_000)).padStart(7, '0')}`,
    email: `app-e2e-${randomInt(0, 1e9)}@example.com`,
    password: PASSWORD,
  };
}

async function createAccount(
  data: ReturnType<typeof uniqueApplicant>,
): Promise<{ id: string; username: string }> {
  const res = await fetch(`${BASE_URL}/api/dev/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify(data),
  });
  assert.equal(res.status, 201, `dev account: ${res.status}`);
  return (await res.json()) as { id: string; username: string };
}

async function review(id: string, status: 'approved' | 'rejected', reason?: string): Promise<Response> {
  return fetch(`${BASE_URL}/api/dev/accounts`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify({ id, status, reason }),
  });
}

async function logIn(page: Page, nationalCode: string, returnPath: string): Promise<void> {
  await page.goto(returnPath);
  await page.waitForURL(/\/fa\/login/);
  // Typed with Persian digits, as on a Persian phone keyboard.
  await page.getByLabel('نام کاربری (کد ملی)').fill(toPersian(nationalCode));
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await page.waitForURL((url) => url.pathname === returnPath);
}

describe('applicant area (fa, phone)', () => {
  test('profile across a reload, approval gate, approval, a request with its tracking number, a support ticket', async () => {
    const applicant = uniqueApplicant();
    const { id } = await createAccount(applicant);
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);

    await logIn(page, applicant.nationalCode, '/fa/dashboard');
    await page.getByRole('heading', { name: 'پیشخوان من', level: 1 }).waitFor();
    assert.ok(await page.getByText('پیش‌ثبت‌نام شده؛ اطلاعات تکمیلی هنوز ارسال نشده است').isVisible());
    const deadline = await page.locator('.deadline-days').innerText();
    assert.match(deadline, /^[۰-۹]+ روز باقی مانده است\.$/);
    assert.match(await page.getByText(/فرصت دارید ثبت نام خود را تکمیل/).innerText(), /[۰-۹]{4}/);
    await screenshot(page, 'applicant-dashboard-fa-phone');

    // The gate, before anything is submitted.
    await page.goto('/fa/dashboard/requests');
    assert.ok(
      await page
        .getByText('پیش از تکمیل ثبت نام و دریافت تأیید، امکان ثبت هیچ درخواستی وجود ندارد')
        .isVisible(),
    );
    await screenshot(page, 'applicant-requests-gate-fa-phone');

    // Step 1: an empty submit lists every problem at the top, focused.
    await page.goto('/fa/dashboard');
    await page.getByRole('link', { name: 'ادامه تکمیل اطلاعات' }).click();
    await page.waitForURL(/\/fa\/dashboard\/profile\/personal$/);
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    const summary = page.getByRole('alert', { name: 'لطفاً موارد زیر را اصلاح کنید:' });
    await summary.waitFor();
    assert.ok(await summary.getByText('لطفاً نام پدر را وارد نمایید').isVisible());
    assert.ok(await summary.getByText('لطفاً کد پستی را وارد نمایید').isVisible());
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
      true,
    );
    assert.equal(await page.getByLabel('نام پدر').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'applicant-profile-personal-errors-fa-phone');

    await page.getByLabel('نام پدر').fill('علي');
    await page.getByLabel('مرد', { exact: true }).check();
    await page.getByLabel('محل تولد').fill('تهران');
    await page.getByLabel('نشانی محل سکونت').fill('تهران، خیابان انقلاب، کوچه یکم، پلاک ۱۲');
    await page.getByLabel('کد پستی').fill('۱۳۱۴۶-۶۷۸۹۱');
    await page.getByLabel('تلفن ثابت (اختیاری)').fill('۰۲۱-۶۶۱۲۳۴۵۶');
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await page.waitForURL(/\/fa\/dashboard\/profile\/education$/);

    // A reload loses nothing: step 1 comes back from the database, normalized.
    await page.reload();
    await page.getByRole('link', { name: 'اطلاعات شخصی' }).click();
    await page.waitForURL(/\/personal$/);
    assert.equal(await page.getByLabel('نام پدر').inputValue(), 'علی');
    assert.equal(await page.getByLabel('کد پستی').inputValue(), '1314667891');
    assert.equal(await page.getByLabel('مرد', { exact: true }).isChecked(), true);
    await screenshot(page, 'applicant-profile-personal-fa-phone');
    await page.getByRole('link', { name: 'اطلاعات تحصیلی' }).click();
    await page.waitForURL(/\/education$/);

    await page.getByLabel('دانشجو', { exact: true }).check();
    await page.locator('#education-universityId').selectOption({ label: 'دانشگاه نمونه' });
    await page.getByLabel('مقطع تحصیلی').selectOption({ label: 'کارشناسی ارشد' });
    await page.getByLabel('رشته تحصیلی').fill('مهندسی کامپیوتر');
    await page.getByLabel('شماره دانشجویی').fill('۴۰۱۲۳۴۵۶');
    await page.getByLabel('سال ورود (شمسی)').fill('۱۴۰۱');
    await screenshot(page, 'applicant-profile-education-fa-phone');
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await page.waitForURL(/\/fa\/dashboard\/profile\/review$/);
    await page.reload();
    assert.ok(await page.getByText('۱۳۱۴۶۶۷۸۹۱').isVisible());
    assert.ok(await page.getByText('دانشگاه نمونه').isVisible());
    await screenshot(page, 'applicant-profile-review-fa-phone');

    await page.getByLabel('درستی اطلاعات بالا را تأیید می‌کنم').check();
    await page.getByRole('button', { name: 'ارسال برای تأیید' }).click();
    await page.waitForURL(/\/fa\/dashboard(\?|$)/);
    assert.ok(await page.getByText('اطلاعات برای تأیید ارسال شده و در حال بررسی است').isVisible());
    const mails = await readOutbox(applicant.email, 'email');
    assert.equal(mails[0]?.subject, 'اطلاعات شما برای تأیید ارسال شد');

    // Still gated until the university approves.
    await page.goto('/fa/dashboard/requests/domestic-scholarship');
    assert.ok(
      await page
        .getByText('پیش از تکمیل ثبت نام و دریافت تأیید، امکان ثبت هیچ درخواستی وجود ندارد')
        .isVisible(),
    );
    assert.equal(await page.getByRole('button', { name: 'ثبت درخواست' }).count(), 0);

    const approved = await review(id, 'approved');
    assert.equal(approved.status, 200);

    await page.goto('/fa/dashboard/requests');
    await page.getByRole('link', { name: 'اخذ بورس داخلی' }).click();
    await page.waitForURL(/\/requests\/domestic-scholarship$/);
    await page.getByLabel('معدل کل').fill('۱۷٫۵');
    await page.getByLabel('شرح درخواست').fill('درخواست بورس دکتری در رشته مهندسی کامپیوتر');
    for (const label of ['گواهی اشتغال به تحصیل', 'کارنامه یا ریز نمرات']) {
      await page.getByLabel(label).setInputFiles({
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
      });
    }
    await page.getByText('بارگذاری شد: scan.pdf').nth(1).waitFor();
    await screenshot(page, 'applicant-request-form-fa-phone');
    await page.getByRole('button', { name: 'ثبت درخواست' }).click();
    await page.waitForURL(/\/requests\/track\/SA-[^/?]+\?filed=1$/);
    const tracking = await page.locator('.success-box .tracking').innerText();
    assert.match(tracking, /^SA-\d{8}-[2-9A-HJKMNP-Z]{6}$/);
    await page.goto('/fa/dashboard/requests');
    assert.equal(await page.locator('.service-list .tracking', { hasText: tracking }).count(), 1);
    await screenshot(page, 'applicant-requests-filed-fa-phone');

    // Support: a ticket and a reply.
    await page
      .getByRole('navigation', { name: 'بخش‌های پیشخوان' })
      .getByRole('link', { name: 'پشتیبانی سامانه' })
      .click();
    await page.waitForURL(/\/dashboard\/support$/);
    await page.getByLabel('موضوع').fill('پرسش درباره بورس');
    await page.getByLabel('متن پیام').fill('زمان اعلام نتیجه درخواست بورس چه زمانی است؟');
    await page.getByRole('button', { name: 'ثبت درخواست پشتیبانی' }).click();
    await page.waitForURL(/\/dashboard\/support\/[0-9a-f-]+\?opened=1$/);
    assert.ok(await page.getByText('زمان اعلام نتیجه درخواست بورس چه زمانی است؟').isVisible());
    await page.getByLabel('پاسخ شما').fill('شماره پیگیری من ' + tracking + ' است.');
    await page.getByRole('button', { name: 'ارسال پاسخ' }).click();
    await page.waitForURL(/\?replied=1$/);
    await page.getByText('پاسخ شما ثبت شد.').waitFor();
    assert.equal(await page.locator('.thread > li').count(), 2);
    await screenshot(page, 'applicant-support-thread-fa-phone');

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the dashboard in English on a desktop, and the gate on a rejected account', async () => {
    const applicant = uniqueApplicant();
    const { id } = await createAccount(applicant);
    const { context, page, errors } = await newPage(browser, VIEWPORTS.desktop);
    await logIn(page, applicant.nationalCode, '/fa/dashboard');
    await page.goto('/en/dashboard');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.match(await page.locator('.deadline-days').innerText(), /^\d+ days? left\.$/);
    await screenshot(page, 'applicant-dashboard-en-desktop');
    await page.goto('/en/dashboard/profile/personal');
    await screenshot(page, 'applicant-profile-personal-en-desktop');
    // Approving an unsubmitted profile is refused by the state machine.
    assert.equal((await review(id, 'approved')).status, 409);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
