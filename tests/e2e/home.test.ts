import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { BASE_URL, expectedStatuses, launch, newPage, screenshot, VIEWPORTS } from './helpers';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PERSIAN_LONG_DATE =
  /^(شنبه|یک‌شنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنج‌شنبه|جمعه)، [۰-۹]{1,2} [\u0600-\u06FF]+ [۰-۹]{4}$/;

describe('portal home', () => {
  test('/ redirects to the Persian home', async () => {
    const res = await fetch(`${BASE_URL}/`, { redirect: 'manual' });
    assert.ok([307, 308].includes(res.status), `status ${res.status}`);
    assert.match(res.headers.get('location') ?? '', /\/fa$/);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`fa home on ${name}: RTL, Persian date, identity, entry links`, async () => {
      const { context, page, errors } = await newPage(browser, viewport);
      await page.goto('/fa');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'fa');
      const date = (await page.locator('header time').first().innerText()).trim();
      assert.match(date, PERSIAN_LONG_DATE);
      for (const text of ['جمهوری اسلامی ایران', 'وزارت علوم، تحقیقات و فناوری', 'سازمان امور دانشجویان']) {
        assert.equal(await page.getByText(text, { exact: true }).first().isVisible(), true, text);
      }
      const accountNav = page.getByRole('navigation', { name: 'ورود و ثبت نام' });
      assert.equal(
        await accountNav.getByRole('link', { name: 'ورود', exact: true }).getAttribute('href'),
        '/fa/login',
      );
      assert.equal(
        await accountNav.getByRole('link', { name: 'ثبت نام', exact: true }).getAttribute('href'),
        '/fa/register',
      );
      assert.equal(
        await accountNav.getByRole('link', { name: 'ورود کاربران دانشگاه به سیستم' }).getAttribute('href'),
        '/fa/university/login',
      );
      const menu = page.getByRole('navigation', { name: 'منوی اصلی' });
      for (const item of ['تقویم آزمون زبان', 'سوالات متداول', 'خدمات', 'اطلاع رسانی فرایندها']) {
        assert.equal(await menu.getByRole('link', { name: item }).count(), 1, item);
      }
      // News newest first, with Jalali dates in Persian digits.
      const news = page.locator('.news-panel li');
      assert.ok((await news.count()) >= 3);
      assert.match(await news.first().locator('time').innerText(), /[۰-۹]{4}/);
      assert.ok(await page.getByText('support@saorg.ir').count());
      assert.ok(await page.getByRole('heading', { name: 'اداره کل بورس و اعزام دانشجویان' }).count());
      await screenshot(page, `home-fa-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`en home on ${name}: LTR, Gregorian date`, async () => {
      const { context, page, errors } = await newPage(browser, viewport);
      await page.goto('/en');
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      const date = (await page.locator('header time').first().innerText()).trim();
      assert.match(
        date,
        /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}$/,
      );
      assert.ok(await page.getByRole('link', { name: 'University staff sign-in' }).first().count());
      assert.ok(await page.getByText('Student Affairs Organization', { exact: true }).first().count());
      await screenshot(page, `home-en-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the language switch keeps the page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/fa/faq');
    await page.getByRole('link', { name: 'نمایش این صفحه به انگلیسی' }).click();
    await page.waitForURL(/\/en\/faq$/);
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await context.close();
  });

  test('content pages render in both languages', async () => {
    const { context, page, errors } = await newPage(browser);
    for (const locale of ['fa', 'en']) {
      for (const p of ['faq', 'services', 'exam-calendar', 'announcements', 'guide', 'news']) {
        const res = await page.goto(`/${locale}/${p}`);
        assert.equal(res?.status(), 200, `${locale}/${p}`);
        assert.equal(await page.locator('h1').count(), 1, `${locale}/${p} has one h1`);
      }
    }
    await page.goto('/fa/news');
    // The seeded items of the original guide are there, oldest last.
    const titles = await page.locator('.news-list a').allInnerTexts();
    assert.ok(titles.includes('درخواست ارز اولیه دانشجویی'), titles.join(' | '));
    assert.ok(
      titles.indexOf('درخواست ارز اولیه دانشجویی') <
        titles.indexOf('اطلاعیه در خصوص فراموشی نام کاربری و رمز عبور سامانه'),
    );
    await page.locator('.news-list a').first().click();
    await page.waitForURL(/\/fa\/news\/.+/);
    assert.equal(await page.locator('article h1').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the error summary is the only alert on the page (Next's route announcer is replaced)", async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto('/fa/register');
    await page.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' }).check();
    await page.getByRole('button', { name: 'ارسال', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.count(), 1);
    assert.match(await alert.innerText(), /لطفاً نام را وارد نمایید/);
    // Client-side navigation is still announced, politely.
    await page
      .getByRole('navigation', { name: 'منوی اصلی' })
      .getByRole('link', { name: 'سوالات متداول' })
      .click();
    await page.waitForURL(/\/fa\/faq$/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role=status]')].some((el) => el.textContent?.includes('سوالات متداول')),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('404s are drawn on the server in the language of the path: unknown paths and notFound() in a page', async () => {
    // The not-found page must be in the markup itself (no JavaScript needed), not only in the RSC
    // payload that the browser would render: an empty `<html id="__next_error__">` shell fails here.
    const markupOf = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const cases = [
      { path: '/fa/no-such-page', lang: 'fa', h1: 'صفحه پیدا نشد' },
      { path: '/en/no-such-page', lang: 'en', h1: 'Page not found' },
      { path: '/fa/news/no-such-news-item', lang: 'fa', h1: 'صفحه پیدا نشد' },
      { path: '/en/news/no-such-news-item', lang: 'en', h1: 'Page not found' },
    ];
    for (const { path, lang, h1 } of cases) {
      const res = await fetch(`${BASE_URL}${path}`, { headers: { accept: 'text/html' } });
      assert.equal(res.status, 404, path);
      const markup = markupOf(await res.text());
      assert.doesNotMatch(markup, /__next_error__/, path);
      assert.match(markup, new RegExp(`<html lang="${lang}"`), path);
      assert.match(markup, new RegExp(`<h1>${h1}</h1>`), path);
      assert.match(markup, /<title>[^<]+<\/title>/, path);
      // The strict policy of every dynamic page: a nonce, no 'unsafe-inline' scripts.
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/, path);
    }
    const unknownLocale = await fetch(`${BASE_URL}/xx/faq`);
    assert.equal(unknownLocale.status, 404);
  });

  test('a 404 page reads the same without JavaScript and in the browser', async () => {
    expectedStatuses.add('/fa/news/no-such-news-item');
    const noScript = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
    const bare = await noScript.newPage();
    const answer = await bare.goto('/fa/news/no-such-news-item');
    assert.equal(answer?.status(), 404);
    await bare.getByRole('heading', { level: 1, name: 'صفحه پیدا نشد' }).waitFor();
    await noScript.close();
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);
    await page.goto('/fa/news/no-such-news-item');
    await page.getByRole('heading', { level: 1, name: 'صفحه پیدا نشد' }).waitFor();
    await screenshot(page, 'not-found-fa-phone');
    await page.getByRole('main').getByRole('link', { name: 'بازگشت به صفحه اصلی' }).click();
    await page.waitForURL(/\/fa$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('health and outbox API answer as the contract says', async () => {
    const health = await fetch(`${BASE_URL}/api/health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { status: string }).status, 'ok');
    const outbox = await fetch(`${BASE_URL}/api/dev/outbox?channel=sms`);
    assert.equal(outbox.status, 200);
    assert.ok(Array.isArray(await outbox.json()));
    assert.equal((await fetch(`${BASE_URL}/api/dev/outbox?channel=fax`)).status, 400);
  });
});
