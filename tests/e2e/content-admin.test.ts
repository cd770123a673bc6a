import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
import { BASE_URL, expectedStatuses, launch, newPage, VIEWPORTS } from './helpers';
import { signInStaff, type Locale } from './pages';

/**
 * Content administration (issue 12) against the production server over real HTTP: an administrator's
 * edit is on the cached public pages at the very next request in both languages, hostile rich text never
 * reaches a page, scheduling and unpublishing work, and neither a reviewer nor an applicant can edit
 * (pages answer 404/redirect, and the server action refuses a replayed request).
 */
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const SHOTS = path.join(process.cwd(), 'artifacts', 'screenshots', 'content');
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const stamp = () => `${Date.now().toString(36)}${randomInt(1000, 9999)}`;

async function get(
  pathname: string,
  cookie?: string,
): Promise<{ status: number; html: string; cache: string | null; location: string | null }> {
  const res = await fetch(`${BASE_URL}${pathname}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  return {
    status: res.status,
    html: await res.text(),
    cache: res.headers.get('x-nextjs-cache'),
    location: res.headers.get('location'),
  };
}

const HOSTILE_BODY = [
  'پاراگراف **مهم** با [پیوند امن](https://www.saorg.ir/).',
  '',
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  '',
  '[click](javascript:window.__pwned=3) <a href="JaVaScRiPt&#58;alert(4)">x</a> <iframe src="https://evil.example"></iframe>',
].join('\n');

function assertNoHostileMarkup(html: string, where: string) {
  assert.doesNotMatch(html, /__pwned/, `${where}: no injected script or handler`);
  assert.doesNotMatch(
    html,
    /onerror=|javascript:|<iframe/i,
    `${where}: no handler, javascript: URL or frame`,
  );
}

/** The save request the browser sent, so it can be replayed with other people's cookies. */
let recordedSave: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
let editedSlug = '';
let editedTitles = { fa: '', en: '' };

async function openFirstNewsEditor(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/university/content`);
  const link = page.locator('#news tbody tr').first().getByRole('link').last();
  const href = await link.getAttribute('href');
  assert.ok(href && /\/university\/content\/news\/[0-9a-f-]{36}$/.test(href), `edit link ${href}`);
  await page.goto(href);
  return href;
}

describe('content administration', () => {
  test('an admin edit is on the cached public pages at the very next request, in fa and en', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.desktop);
    await signInStaff(page, 'fa');
    await page.goto('/fa/university/content');
    // What is published where: status and public address of every row.
    const firstRow = page.locator('#news tbody tr').first();
    assert.match(await firstRow.innerText(), /منتشرشده/);
    const publicLink = await firstRow.locator('a[href^="/fa/news/"]').getAttribute('href');
    assert.ok(publicLink);
    editedSlug = publicLink.slice('/fa/news/'.length);
    await shot(page, 'content-admin-fa-desktop');

    // The public pages are served from cache before the edit (a second read is a cache hit).
    for (const p of [`/fa/news/${editedSlug}`, `/en/news/${editedSlug}`, '/fa', '/en']) {
      await get(p);
      const warm = await get(p);
      assert.equal(warm.status, 200, p);
      assert.match(warm.cache ?? '', /^(HIT|STALE)$/, `${p} is served from cache`);
    }

    await openFirstNewsEditor(page, 'fa');
    const s = stamp();
    editedTitles = { fa: `خبر ویرایش‌شده ${s}`, en: `Edited news ${s}` };
    await page.getByLabel('عنوان فارسی').fill(editedTitles.fa);
    await page.getByLabel('عنوان انگلیسی').fill(editedTitles.en);
    await page.getByLabel('متن فارسی').fill(HOSTILE_BODY);
    await page.getByLabel('متن انگلیسی').fill(`English body ${s}\n\n${HOSTILE_BODY}`);

    // Preview: rendered and sanitized on the server, nothing saved.
    await page.getByRole('button', { name: 'پیش‌نمایش' }).click();
    const preview = page.locator('.content-preview');
    await preview.waitFor();
    assert.match(await preview.innerText(), /پاراگراف مهم با پیوند امن/);
    assertNoHostileMarkup(await preview.innerHTML(), 'preview');
    assert.equal(
      await page.getByLabel('عنوان فارسی').inputValue(),
      editedTitles.fa,
      'the form keeps what was typed',
    );
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    await shot(page, 'content-editor-preview-fa-desktop');
    assert.doesNotMatch((await get(`/fa/news/${editedSlug}`)).html, new RegExp(s), 'a preview saves nothing');

    page.on('request', (req) => {
      if (req.method() === 'POST' && req.headers()['next-action'] && !recordedSave) {
        recordedSave = {
          url: req.url(),
          headers: req.headers(),
          body: req.postDataBuffer() ?? Buffer.alloc(0),
        };
      }
    });
    await page.getByRole('button', { name: 'ذخیره', exact: true }).click();
    await page.waitForURL(/\/fa\/university\/content\?saved=news$/);
    assert.match(await page.getByRole('status').first().innerText(), /ذخیره شد/);

    // The very next request, over plain HTTP, in both locales: the item, the news list, the home page.
    for (const [p, title] of [
      [`/fa/news/${editedSlug}`, editedTitles.fa],
      [`/en/news/${editedSlug}`, editedTitles.en],
      ['/fa/news', editedTitles.fa],
      ['/en/news', editedTitles.en],
      ['/fa', editedTitles.fa],
      ['/en', editedTitles.en],
    ]) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      assert.ok(res.html.includes(title), `${p} shows the edit at once`);
      assertNoHostileMarkup(res.html, p);
    }
    const item = await get(`/fa/news/${editedSlug}`);
    assert.match(item.html, /<strong>مهم<\/strong>/, 'Markdown is rendered');
    assert.match(item.html, /href="https:\/\/www\.saorg\.ir\/" rel="noopener noreferrer nofollow"/);

    // The public page in a browser: the edited text, no script ran, no CSP violation.
    for (const locale of ['fa', 'en'] as const) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport.width === 360 ? { width: 390, height: 844 } : viewport);
        await page.goto(`/${locale}/news/${editedSlug}`);
        await page.getByRole('heading', { level: 1, name: editedTitles[locale] }).waitFor();
        assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
        // The cached page's header swaps in the signed-in links in the browser.
        await page.locator('.account-links button[type=submit]').waitFor();
        await shot(page, `public-news-edited-${locale}-${name}`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('schedule, publish and unpublish: public pages show only published rows whose time has come', async () => {
    const { context, page, errors } = await newPage(browser, VIEWPORTS.desktop);
    await signInStaff(page, 'en');
    const s = stamp();
    const slug = `scheduled-${s}`;
    await page.goto('/en/university/content/news/new');
    await page.getByLabel('Address (slug)').fill(slug);
    await page.getByLabel('Persian title').fill(`خبر زمان‌بندی‌شده ${s}`);
    await page.getByLabel('English title').fill(`Scheduled news ${s}`);
    await page.getByLabel('Persian text').fill('متن خبر');
    await page.getByLabel('English text').fill('News text');
    await page.getByLabel('Publish (from the publish time)').check();
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Publish date').fill(tomorrow);
    await page.getByLabel('Publish time (Tehran)').fill('09:00');
    await shot(page, 'content-editor-new-en-desktop');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/en\/university\/content\?saved=news$/);
    const row = page.locator('#news tbody tr', { hasText: `Scheduled news ${s}` });
    assert.match(await row.innerText(), /Scheduled/);
    assert.match(await row.innerText(), /Not on the public pages/);

    expectedStatuses.add(`/en/news/${slug}`);
    assert.equal((await get(`/en/news/${slug}`)).status, 404, 'a scheduled item is not public yet');
    assert.ok(!(await get('/en/news')).html.includes(`Scheduled news ${s}`));

    // Publish now: the time is moved to the past.
    await row.getByRole('link').last().click();
    await page.getByLabel('Publish date').fill('2026-01-01');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/saved=news$/);
    const live = await get(`/en/news/${slug}`);
    assert.equal(live.status, 200);
    assert.ok(live.html.includes(`Scheduled news ${s}`));
    assert.ok((await get(`/fa/news/${slug}`)).html.includes(`خبر زمان‌بندی‌شده ${s}`));

    // Unpublish: gone at the next request.
    await page
      .locator('#news tbody tr', { hasText: `Scheduled news ${s}` })
      .getByRole('link')
      .last()
      .click();
    await page.getByLabel('Unpublished').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/saved=news$/);
    assert.equal((await get(`/en/news/${slug}`)).status, 404);
    assert.ok(!(await get('/fa/news')).html.includes(`خبر زمان‌بندی‌شده ${s}`));
    assert.match(
      await page.locator('#news tbody tr', { hasText: `Scheduled news ${s}` }).innerText(),
      /Unpublished/,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a reviewer and an applicant cannot edit: pages answer 404 or the staff login, the action refuses', async () => {
    assert.ok(recordedSave, 'the admin save request was recorded by the first test');
    const save = recordedSave;
    const cookiesOf = async (context: BrowserContext) =>
      (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

    // A reviewer (staff, not admin).
    const reviewer = await newPage(browser, VIEWPORTS.desktop);
    await signInStaff(reviewer.page, 'fa', 'contentReviewer');
    expectedStatuses.add('/fa/university/content');
    const denied = await reviewer.page.goto('/fa/university/content');
    assert.equal(denied?.status(), 404);
    const reviewerCookie = await cookiesOf(reviewer.context);
    assert.equal((await get('/fa/university/content/news/new', reviewerCookie)).status, 404);

    // An applicant.
    const applicant = await newPage(browser, VIEWPORTS.desktop);
    const nationalCode = randomValidNationalCode();
    const password = 'Content-gate-1405';
    const created = await fetch(`${BASE_URL}/api/dev/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE_URL },
      body: JSON.stringify({
        nationalCode,
        password,
        mobile: `0937${String(randomInt(0, 10_000_000)).padStart(7, '0')}`,
        email: `content${nationalCode}@example.ir`,
      }),
    });
    assert.equal(created.status, 201);
    await applicant.page.goto('/fa/login');
    await applicant.page
      .locator('form input[name="nationalCode"], form input[name="username"]')
      .first()
      .fill(nationalCode);
    await applicant.page.locator('form input[name="password"]').fill(password);
    await applicant.page.getByRole('button', { name: 'ورود', exact: true }).click();
    await applicant.page.waitForURL(/\/fa\/dashboard/);
    const applicantCookie = await cookiesOf(applicant.context);
    const asApplicant = await get('/fa/university/content', applicantCookie);
    assert.ok([302, 303, 307].includes(asApplicant.status), 'an applicant is sent to the staff login');
    assert.match(asApplicant.location ?? '', /\/fa\/university\/login$/);

    // The admin's own save request, replayed with each cookie: refused on the server, nothing changes.
    for (const [who, cookie] of [
      ['reviewer', reviewerCookie],
      ['applicant', applicantCookie],
      ['nobody', ''],
    ] as const) {
      // A same-origin request from a browser tab holding that person's cookies.
      const headers = { ...save.headers, origin: new URL(BASE_URL).origin, cookie };
      delete (headers as Record<string, string>)['content-length'];
      const res = await fetch(save.url, {
        method: 'POST',
        headers,
        body: new Uint8Array(save.body),
        redirect: 'manual',
      });
      const text = await res.text();
      assert.ok(res.status < 500, `${who}: ${res.status}`);
      assert.match(text, /contentForbidden/, `${who}: the action answers a refusal`);
    }
    const item = await get(`/fa/news/${editedSlug}`);
    assert.ok(item.html.includes(editedTitles.fa), 'the public page still shows the admin’s text');
    await reviewer.context.close();
    await applicant.context.close();
  });

  test('screens: the admin pages on a phone and a desktop, fa and en', async () => {
    // One sign-in for the four screens: every e2e sign-in comes from 127.0.0.1, and the per-address
    // sign-in limit (30 in 15 minutes) is shared by all the suites that run in that window.
    const signedIn = await newPage(browser, VIEWPORTS.desktop);
    await signInStaff(signedIn.page, 'fa');
    const cookies = await signedIn.context.cookies();
    await signedIn.context.close();
    for (const locale of ['fa', 'en'] as const) {
      for (const [name, viewport] of [
        ['phone', { width: 390, height: 844 }],
        ['desktop', VIEWPORTS.desktop],
      ] as const) {
        const { context, page, errors } = await newPage(browser, viewport);
        await context.addCookies(cookies);
        await page.goto(`/${locale}/university/content`);
        await shot(page, `content-admin-${locale}-${name}`);
        await openFirstNewsEditor(page, locale);
        await shot(page, `content-editor-${locale}-${name}`);
        await page.goto(`/${locale}/university/content/exams/new`);
        await shot(page, `content-editor-exam-new-${locale}-${name}`);
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  });
});
