import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
import {
  tickHumanCheck,
  launch,
  newPage,
  readOutbox,
  screenshot,
  SHORT_TTL_URL,
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

function uniqueApplicant() {
  const n = String(Date.now()).slice(-7) + String(Math.floor(Math.random() * 10));
  return {
    nationalCode: randomValidNationalCode(),
    mobile: `0912${n.slice(-7)}`,
    email: `e2e.${n}.${Math.floor(Math.random() * 1e6)}@example.com`,
    password: `Sabz-Kooh${n.slice(-3)}x`,
  };
}

async function openForm(page: Page, locale: 'fa' | 'en') {
  await page.goto(`/${locale}/register`);
  const agree = locale === 'fa' ? 'با قوانین گفته شده موافق هستم' : 'I agree to the rules above';
  assert.equal(await page.locator('input[name="firstName"]').count(), 0, 'form hidden before agreeing');
  await page.getByRole('checkbox', { name: agree }).check();
  await page.locator('input[name="firstName"]').waitFor();
}

async function fillFa(page: Page, a: ReturnType<typeof uniqueApplicant>) {
  await page.getByRole('textbox', { name: 'نام', exact: true }).fill('علي‌رضا');
  await page.getByLabel('نام خانوادگی').fill('  محمدی  ');
  await page.getByLabel('کد ملی').fill(toPersian(a.nationalCode));
  await page.getByLabel('روز').fill('۲۱');
  await page.getByLabel('ماه').selectOption('1');
  await page.getByLabel('سال').fill('۱۳۸۰');
  await page.getByLabel('شماره موبایل').fill(toPersian(a.mobile));
  await page.getByLabel('پست الکترونیک').fill(a.email);
  await page.locator('input[name="password"]').fill(a.password);
  await page.getByLabel('تکرار رمز عبور').fill(a.password);
}

async function summaryText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').filter({ has: page.locator('ul') });
  await alert.waitFor();
  return alert.innerText();
}

describe('pre-registration (fa)', () => {
  test('an empty submit lists every required field at the top, focused', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport);
      await openForm(page, 'fa');
      await screenshot(page, `register-fa-empty-${name}`);
      await page.getByRole('button', { name: 'ارسال', exact: true }).click();
      const text = await summaryText(page);
      for (const message of [
        'لطفاً نام را وارد نمایید',
        'لطفاً نام خانوادگی را وارد نمایید',
        'کد ملی معتبر نیست',
        'لطفاً تاریخ تولد را وارد نمایید',
        'لطفاً شماره موبایل را وارد نمایید',
        'لطفاً پست الکترونیک را وارد نمایید',
        'لطفاً رمز عبور را وارد نمایید',
        'کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد',
      ])
        assert.ok(text.includes(message), `summary lists «${message}»`);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'alert');
      assert.equal(await page.getByLabel('کد ملی').getAttribute('aria-invalid'), 'true');
      await screenshot(page, `register-fa-errors-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('leaving a field checks it at once, beside the field, without the summary', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);
    await openForm(page, 'fa');
    const nationalCode = page.getByLabel('کد ملی');
    await nationalCode.fill('۱۲۳۴۵۶۷۸۹۰');
    await nationalCode.press('Tab');
    const beside = page.locator('#nationalCode-error');
    await beside.getByText('کد ملی معتبر نیست').waitFor();
    assert.equal(await nationalCode.getAttribute('aria-invalid'), 'true');
    assert.match((await nationalCode.getAttribute('aria-describedby')) ?? '', /nationalCode-error/);
    // Fields not reached yet say nothing, and nothing is summarized before a submit.
    assert.equal(await page.locator('#mobile-error').count(), 0);
    assert.equal(
      await page
        .getByRole('alert')
        .filter({ has: page.locator('ul') })
        .count(),
      0,
    );
    await screenshot(page, 'register-fa-blur-phone');
    // Once touched, the field is re-checked as it is corrected.
    await nationalCode.fill(toPersian(randomValidNationalCode()));
    await beside.waitFor({ state: 'detached' });
    assert.equal(await nationalCode.getAttribute('aria-invalid'), null);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an invalid national code is refused; entries, the agreement and the codes stay, passwords and the spent human check do not', async () => {
    const { context, page, errors } = await newPage(browser);
    const a = uniqueApplicant();
    await openForm(page, 'fa');
    await fillFa(page, a);
    await page.getByLabel('کد ملی').fill('۱۲۳۴۵۶۷۸۹۰');
    await page
      .getByRole('group', { name: 'کد فعال‌سازی پیامک' })
      .getByLabel('کد فعال‌سازی را وارد نمایید')
      .fill('123456');
    await page
      .getByRole('group', { name: 'کد فعال‌سازی ایمیل' })
      .getByLabel('کد فعال‌سازی را وارد نمایید')
      .fill('123456');
    const firstProof = await tickHumanCheck(page);
    await page.getByRole('button', { name: 'ارسال', exact: true }).click();
    assert.ok((await summaryText(page)).includes('کد ملی معتبر نیست'));
    // Refused in the browser: the proof was not spent, so it stays.
    assert.equal(await page.locator('input[name="altcha"]').inputValue(), firstProof);
    // Server round trip with the wrong codes: entries kept, passwords emptied, the spent proof replaced.
    await page.getByLabel('کد ملی').fill(a.nationalCode);
    await page.getByRole('button', { name: 'ارسال', exact: true }).click();
    await page.getByText('کد فعال‌سازی ایمیل شما منقضی شده و یا صحیح نمی‌باشد').first().waitFor();
    const text = await summaryText(page);
    assert.ok(text.includes('کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد'));
    assert.equal(text.includes('کد ملی معتبر نیست'), false, 'the corrected field is no longer listed');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'alert');
    assert.equal(
      await page.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' }).isChecked(),
      true,
      'the agreement stays ticked',
    );
    assert.equal(await page.getByLabel('نام خانوادگی').inputValue(), '  محمدی  ');
    assert.equal(await page.getByLabel('کد ملی').inputValue(), a.nationalCode);
    assert.equal(await page.getByLabel('روز').inputValue(), '۲۱');
    assert.equal(await page.getByLabel('ماه').inputValue(), '1');
    assert.equal(await page.getByLabel('سال').inputValue(), '۱۳۸۰');
    assert.equal(await page.getByLabel('شماره موبایل').inputValue(), toPersian(a.mobile));
    assert.equal(await page.getByLabel('پست الکترونیک').inputValue(), a.email);
    assert.equal(
      await page
        .getByRole('group', { name: 'کد فعال‌سازی پیامک' })
        .getByLabel('کد فعال‌سازی را وارد نمایید')
        .inputValue(),
      '123456',
    );
    assert.equal(await page.locator('input[name="password"]').inputValue(), '');
    assert.equal(await page.getByLabel('تکرار رمز عبور').inputValue(), '');
    await page.waitForFunction((old) => {
      const proof = document.querySelector<HTMLInputElement>('input[name="altcha"]')?.value ?? '';
      return proof.length > 20 && proof !== old;
    }, firstProof);
    await screenshot(page, 'register-fa-server-errors-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a new applicant typing Persian digits registers with SMS and email codes', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport);
      const a = uniqueApplicant();
      await openForm(page, 'fa');
      await fillFa(page, a);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'پیامک', exact: true }).click();
      await page.getByText('کد فعال‌سازی به شماره موبایل شما پیامک شد.').waitFor();
      assert.equal(await page.getByRole('button', { name: 'تماس', exact: true }).isDisabled(), true);
      assert.match(await page.locator('.countdown-time').first().innerText(), /^[۰-۹]:[۰-۵][۰-۹]$/);
      await screenshot(page, `register-fa-countdown-${name}`);
      const smsCode = await waitForCode(a.mobile, 'sms');
      const [sms] = await readOutbox(a.mobile, 'sms');
      assert.match(sms.body, new RegExp(`#${smsCode}$`), 'WebOTP line');
      await tickHumanCheck(page);
      await page.getByRole('button', { name: /ایمیل/ }).click();
      const emailCode = await waitForCode(a.email, 'email');
      await page
        .getByRole('group', { name: 'کد فعال‌سازی پیامک' })
        .getByLabel('کد فعال‌سازی را وارد نمایید')
        .fill(toPersian(smsCode));
      await page
        .getByRole('group', { name: 'کد فعال‌سازی ایمیل' })
        .getByLabel('کد فعال‌سازی را وارد نمایید')
        .fill(emailCode);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'ارسال', exact: true }).click();
      // Signed in by the registration: the dashboard, with the next step.
      await page.waitForURL(/\/fa\/dashboard\?registered=1$/);
      await page.getByRole('heading', { name: 'ثبت نام شما انجام شد' }).waitFor();
      assert.equal(
        await page.getByRole('link', { name: 'ادامه تکمیل اطلاعات' }).getAttribute('href'),
        '/fa/dashboard/profile',
      );
      await screenshot(page, `register-fa-success-${name}`);
      const mails = await readOutbox(a.email, 'email');
      const confirmation = mails.find((m) => m.body.includes(toPersian(a.nationalCode)));
      assert.ok(confirmation, 'confirmation email with the username');
      assert.ok(confirmation.body.includes('/fa/login'));
      assert.equal(confirmation.body.includes(a.password), false, 'never the password');
      assert.deepEqual(errors, []);

      if (name === 'desktop') {
        // The same national code again: the duplicate message links to password recovery.
        const { context: c2, page: p2 } = await newPage(browser, viewport);
        const b = { ...uniqueApplicant(), nationalCode: a.nationalCode };
        await openForm(p2, 'fa');
        await fillFa(p2, b);
        await tickHumanCheck(p2);
        await p2.getByRole('button', { name: 'پیامک', exact: true }).click();
        const code2 = await waitForCode(b.mobile, 'sms');
        await tickHumanCheck(p2);
        await p2.getByRole('button', { name: /ایمیل/ }).click();
        const email2 = await waitForCode(b.email, 'email');
        await p2
          .getByRole('group', { name: 'کد فعال‌سازی پیامک' })
          .getByLabel('کد فعال‌سازی را وارد نمایید')
          .fill(code2);
        await p2
          .getByRole('group', { name: 'کد فعال‌سازی ایمیل' })
          .getByLabel('کد فعال‌سازی را وارد نمایید')
          .fill(email2);
        await tickHumanCheck(p2);
        await p2.getByRole('button', { name: 'ارسال', exact: true }).click();
        const recovery = p2.getByRole('alert').getByRole('link', { name: 'صفحه بازیابی رمز عبور' });
        await recovery.waitFor();
        assert.equal(await recovery.getAttribute('href'), '/fa/forgot-password');
        await screenshot(p2, `register-fa-duplicate-${name}`);
        await c2.close();
      }
      await context.close();
    }
  });

  test('the call button sends a voice message', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);
    // A number nobody has used: SMS and voice share the one-code-per-lifetime limit of a number.
    const a = uniqueApplicant();
    await openForm(page, 'fa');
    await page.getByLabel('شماره موبایل').fill(toPersian(a.mobile));
    await tickHumanCheck(page);
    await page.getByRole('button', { name: 'تماس', exact: true }).click();
    await page.getByText('از طرف سیستم با شما تماس گرفته می‌شود.').waitFor();
    const code = await waitForCode(a.mobile, 'voice');
    const [voice] = await readOutbox(a.mobile, 'voice');
    assert.equal(voice.channel, 'voice');
    assert.ok(voice.body.includes(code.split('').join('، ')), 'the digits are spelled one by one');
    assert.equal((await readOutbox(a.mobile, 'sms')).length, 0, 'no SMS besides the call');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a second code to the same number within its lifetime is refused with the wait, in Persian digits', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);
    const a = uniqueApplicant();
    await openForm(page, 'fa');
    await page.getByLabel('شماره موبایل').fill(a.mobile);
    await tickHumanCheck(page);
    await page.getByRole('button', { name: 'پیامک', exact: true }).click();
    await waitForCode(a.mobile, 'sms');
    // A reload loses the countdown, not the server's limit: the call must wait for the code's lifetime.
    await openForm(page, 'fa');
    await page.getByLabel('شماره موبایل').fill(a.mobile);
    await tickHumanCheck(page);
    await page.getByRole('button', { name: 'تماس', exact: true }).click();
    const status = page.locator('#mobileCode-status');
    await status.getByText('برای درخواست کد جدید باید').waitFor();
    assert.match(await status.innerText(), /[۱-۵] دقیقه دیگر صبر کنید؛ .*همان کد هنوز معتبر است/);
    assert.equal(await page.getByRole('button', { name: 'تماس', exact: true }).isEnabled(), true);
    assert.equal((await readOutbox(a.mobile, 'voice')).length, 0, 'no call was placed');
    await screenshot(page, 'register-fa-send-limited-phone');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on the short-TTL server the countdown ends and the old code is refused', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport, SHORT_TTL_URL);
      const a = uniqueApplicant();
      await openForm(page, 'fa');
      await fillFa(page, a);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'پیامک', exact: true }).click();
      const smsCode = await waitForCode(a.mobile, 'sms', SHORT_TTL_URL);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: /ایمیل/ }).click();
      const emailCode = await waitForCode(a.email, 'email', SHORT_TTL_URL);
      const expired = page.getByText('کد فعال‌سازی قبلی منقضی شده است، لطفاً مجدداً اقدام به دریافت کد نمایید');
      await expired.first().waitFor({ timeout: 15_000 });
      assert.equal(await page.getByRole('button', { name: 'پیامک', exact: true }).isDisabled(), false);
      await screenshot(page, `register-fa-expired-${name}`);
      await page
        .getByRole('group', { name: 'کد فعال‌سازی پیامک' })
        .getByLabel('کد فعال‌سازی را وارد نمایید')
        .fill(smsCode);
      await page
        .getByRole('group', { name: 'کد فعال‌سازی ایمیل' })
        .getByLabel('کد فعال‌سازی را وارد نمایید')
        .fill(emailCode);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'ارسال', exact: true }).click();
      assert.ok((await summaryText(page)).includes('کد فعال‌سازی پیامک شما منقضی شده و یا صحیح نمی‌باشد'));
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});

describe('pre-registration (en, international)', () => {
  test('a non-Iranian student registers with a foreign mobile; username = email', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, errors } = await newPage(browser, viewport);
      const a = uniqueApplicant();
      const mobile = `+23480${String(Date.now()).slice(-8)}`;
      await openForm(page, 'en');
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      await screenshot(page, `register-en-empty-${name}`);
      await page.getByRole('button', { name: 'Submit' }).click();
      assert.ok((await summaryText(page)).includes('Please enter your first name'));
      await screenshot(page, `register-en-errors-${name}`);
      await page.getByLabel('First name').fill('Amina');
      await page.getByLabel('Last name').fill('Okafor');
      await page.getByLabel('Passport number').fill('a1234567');
      await page.getByLabel('Country of citizenship').selectOption('NG');
      await page.getByLabel('Day').fill('5');
      await page.getByLabel('Month').selectOption('3');
      await page.getByLabel('Year').fill('2001');
      await page.getByLabel('Mobile number').fill(mobile);
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(a.email);
      await page.locator('input[name="password"]').fill(a.password);
      await page.getByLabel('Repeat password').fill(a.password);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'SMS' }).click();
      const smsCode = await waitForCode(mobile, 'sms');
      await tickHumanCheck(page);
      await page.getByRole('button', { name: /email/i }).click();
      const emailCode = await waitForCode(a.email, 'email');
      await page
        .getByRole('group', { name: 'SMS activation code' })
        .getByLabel('Enter the activation code')
        .fill(smsCode);
      await page
        .getByRole('group', { name: 'Email activation code' })
        .getByLabel('Enter the activation code')
        .fill(emailCode);
      await tickHumanCheck(page);
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.waitForURL(/\/en\/dashboard\?registered=1$/);
      await page.getByRole('heading', { name: 'Your registration is complete' }).waitFor();
      assert.ok(await page.getByText(a.email).count());
      await screenshot(page, `register-en-success-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});

/**
 * Acceptance tests outside the project know only the forms' public contract: input names, button names
 * (non-exact, as a tester would write them) and role="alert". This journey uses nothing else.
 */
describe('pre-registration through the contract names only', () => {
  const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
  const toArabic = (s: string) => s.replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]);

  test('fa: the documented field names and roles are enough to register', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);
    const a = uniqueApplicant();
    const byName = (name: string) => page.locator(`[name=${name}]`);
    await page.goto('/fa/register');
    await page.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' }).check();
    for (const name of [
      'nationality',
      'firstName',
      'lastName',
      'nationalCode',
      'birthDay',
      'birthMonth',
    ].concat(['birthYear', 'mobile', 'email', 'password', 'passwordConfirm', 'mobileCode', 'emailCode']))
      assert.equal(await byName(name).count(), 1, `one input named ${name}`);
    // The human check: ALTCHA's widget, whose hidden field is `altcha`, once its script has loaded.
    assert.equal(await page.locator('altcha-widget').count(), 1, 'one <altcha-widget>');
    await byName('altcha').waitFor({ state: 'attached' });
    assert.equal(await byName('altcha').count(), 1, 'one input named altcha');
    for (const name of ['پیامک', 'تماس', 'ایمیل', 'ارسال'])
      assert.equal(await page.getByRole('button', { name }).count(), 1, `one button named «${name}»`);

    await page.getByRole('button', { name: 'ارسال' }).click();
    await page.getByRole('alert').getByText('لطفاً نام را وارد نمایید').waitFor();

    await byName('firstName').fill('زهرا');
    await byName('lastName').fill('کریمی');
    await byName('nationalCode').fill(toPersian(a.nationalCode));
    await byName('birthDay').fill('۲۱');
    // The month is a select: chosen by its ASCII value, as a tester would.
    await byName('birthMonth').selectOption('1');
    await byName('birthYear').fill('۱۳۸۰');
    await byName('mobile').fill(toArabic(a.mobile));
    await byName('email').fill(a.email);
    await byName('password').fill(a.password);
    await byName('passwordConfirm').fill(a.password);
    // Ticked once, as a person would: after each use the widget solves a new proof by itself.
    await page.locator('altcha-widget input[type="checkbox"]').check();
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('[name=altcha]')?.value ?? '').length > 20,
    );
    await page.getByRole('button', { name: 'پیامک' }).click();
    const smsCode = await waitForCode(a.mobile, 'sms');
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('[name=altcha]')?.value ?? '').length > 20,
    );
    await page.getByRole('button', { name: 'ایمیل' }).click();
    const emailCode = await waitForCode(a.email, 'email');
    await byName('mobileCode').fill(toPersian(smsCode));
    await byName('emailCode').fill(toArabic(emailCode));
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('[name=altcha]')?.value ?? '').length > 20,
    );
    await page.getByRole('button', { name: 'ارسال' }).click();
    await page.getByRole('heading', { name: 'ثبت نام شما انجام شد' }).waitFor();
    assert.ok(await page.getByText(toPersian(a.nationalCode)).count(), 'the username, in Persian digits');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('en: the international form has the contract names and buttons', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/en/register');
    await page.getByRole('checkbox', { name: 'I agree' }).check();
    for (const name of [
      'firstName',
      'lastName',
      'passportNumber',
      'citizenship',
      'birthDay',
      'birthMonth',
    ].concat(['birthYear', 'mobile', 'email', 'password', 'passwordConfirm', 'mobileCode', 'emailCode']))
      assert.equal(await page.locator(`[name=${name}]`).count(), 1, `one input named ${name}`);
    await page.locator('[name=altcha]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('altcha-widget').count(), 1, 'one <altcha-widget>');
    for (const name of ['SMS', 'Call', 'email', 'Submit'])
      assert.equal(await page.getByRole('button', { name }).count(), 1, `one button named "${name}"`);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').getByText('Please enter your first name').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
