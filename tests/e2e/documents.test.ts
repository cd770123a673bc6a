import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { randomValidNationalCode } from '../helpers/national-code';
import {
  BASE_URL,
  launch,
  newPage,
  readOutbox,
  screenshot,
  tickHumanCheck,
  toPersian,
  VIEWPORTS,
  waitForCode,
} from './helpers';

let browser: Browser;
const files = mkdtempSync(path.join(tmpdir(), 'e2e-uploads-'));
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

/** A real (tiny) PNG photo and a real PDF, as an applicant's phone or scanner would produce. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADAAAABACAIAAADTQmMRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAdklEQVRoge3YQQ3AQBBC0epCFK7wWRE9TA8vWQETAh+yT7pfvef8gjhoFCoPRcp2jp8A4yhUHoqU7RxCMdBGofJQpGw4NGCs6ohynfnR+2kWA20UKg9FyoZDA8aqjijXmR+952EMtFGoPBQp2zmE4id/FOpXD700uZzid/yaMwAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
function fixture(name: string, bytes: Buffer): string {
  const file = path.join(files, name);
  writeFileSync(file, bytes);
  return file;
}

function uniqueApplicant() {
  const n = String(Date.now()).slice(-7) + String(Math.floor(Math.random() * 10));
  return {
    nationalCode: randomValidNationalCode(),
    mobile: `0912${n.slice(-7)}`,
    email: `docs.${n}.${Math.floor(Math.random() * 1e6)}@example.com`,
    password: `Sabz-Kooh${n.slice(-3)}x`,
  };
}

async function register(page: Page, a: ReturnType<typeof uniqueApplicant>): Promise<void> {
  await page.goto('/fa/register');
  await page.getByRole('checkbox', { name: 'با قوانین گفته شده موافق هستم' }).check();
  await page.locator('input[name="firstName"]').waitFor();
  await page.getByRole('textbox', { name: 'نام', exact: true }).fill('مریم');
  await page.getByLabel('نام خانوادگی').fill('احمدی');
  await page.getByLabel('کد ملی').fill(toPersian(a.nationalCode));
  await page.getByLabel('روز').fill('۲۱');
  await page.getByLabel('ماه').selectOption('1');
  await page.getByLabel('سال').fill('۱۳۸۰');
  await page.getByLabel('شماره موبایل').fill(toPersian(a.mobile));
  await page.getByLabel('پست الکترونیک').fill(a.email);
  await page.locator('input[name="password"]').fill(a.password);
  await page.getByLabel('تکرار رمز عبور').fill(a.password);
  // Each code and the submit spend one proof of the human check, as a person ticks it each time.
  await tickHumanCheck(page);
  await page.getByRole('button', { name: 'پیامک', exact: true }).click();
  const smsCode = await waitForCode(a.mobile, 'sms');
  await tickHumanCheck(page);
  await page.getByRole('button', { name: /ایمیل/ }).click();
  const emailCode = await waitForCode(a.email, 'email');
  await page.locator('input[name="mobileCode"]').fill(smsCode);
  await page.locator('input[name="emailCode"]').fill(emailCode);
  await tickHumanCheck(page);
  await page.getByRole('button', { name: 'ارسال', exact: true }).click();
}

async function api(pathname: string, method: string, body: unknown): Promise<Response> {
  return fetch(`${BASE_URL}${pathname}`, {
    method,
    // The dev routes refuse requests without the portal's own origin, as browsers send it.
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify(body),
  });
}

function bytesUnder(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .reduce((sum, d) => sum + statSync(path.join(d.parentPath, d.name)).size, 0);
  } catch {
    return 0;
  }
}

describe('the applicant journey with documents (fa)', () => {
  test('register → signed in on the dashboard → photo and PDF → submit → approved → request with its documents → followed by tracking number', async () => {
    const a = uniqueApplicant();
    const { context, page, errors } = await newPage(browser, VIEWPORTS.phone);

    await register(page, a);
    // Signed in by the registration itself, on the dashboard, with the next step; a refresh keeps it.
    await page.waitForURL(/\/fa\/dashboard\?registered=1$/);
    await page.getByRole('heading', { name: 'ثبت نام شما انجام شد' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'ثبت نام شما انجام شد' }).waitFor();
    assert.ok(await page.getByText(toPersian(a.nationalCode)).first().isVisible());
    await page.getByRole('link', { name: 'ادامه تکمیل اطلاعات' }).waitFor();
    await screenshot(page, 'documents/welcome-fa-phone');

    // Profile steps.
    await page.goto('/fa/dashboard/profile/personal');
    await page.getByLabel('نام پدر').fill('رضا');
    await page.getByLabel('زن', { exact: true }).check();
    await page.getByLabel('محل تولد').fill('شیراز');
    await page.getByLabel('نشانی محل سکونت').fill('شیراز، خیابان زند، کوچه ۱۲، پلاک ۴');
    await page.getByLabel('کد پستی').fill('۷۱۳۴۶-۶۷۸۹۱');
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await page.waitForURL(/\/education$/);
    await page.getByLabel('دانشجو', { exact: true }).check();
    await page.locator('#education-universityId').selectOption({ label: 'دانشگاه نمونه' });
    await page.getByLabel('مقطع تحصیلی').selectOption({ label: 'کارشناسی ارشد' });
    await page.getByLabel('رشته تحصیلی').fill('مهندسی برق');
    await page.getByLabel('شماره دانشجویی').fill('۴۰۲۱۲۳۴۵');
    await page.getByLabel('سال ورود (شمسی)').fill('۱۴۰۲');
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await page.waitForURL(/\/review$/);
    // The review step shows the birth date.
    assert.ok(await page.getByText('۲۱ فروردین ۱۳۸۰').isVisible());

    // A renamed executable is refused with a clear message, and nothing is kept.
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(0x3a),
      Buffer.from([0x80, 0, 0, 0]),
      Buffer.alloc(0x40),
      Buffer.from('PE\0\0', 'binary'),
      Buffer.alloc(512),
    ]);
    await page.getByLabel('عکس پرسنلی').setInputFiles(fixture('photo.jpg', exe));
    await page.getByText('نوع این فایل پذیرفته نیست. عکس باید JPG، PNG یا WebP باشد.').waitFor();
    await screenshot(page, 'documents/profile-wrong-type-fa-phone');
    // That refusal (415) was the point; any other failed response still fails the test.
    assert.deepEqual(errors.splice(0), ['415 /api/documents']);

    await page.getByLabel('عکس پرسنلی').setInputFiles(fixture('my photo.png', PNG));
    await page.getByText('بارگذاری شد: my photo.png').waitFor();
    await page.getByLabel('تصویر کارت ملی یا گذرنامه').setInputFiles(fixture('national-card.pdf', PDF));
    await page.getByText('بارگذاری شد: national-card.pdf').waitFor();
    await screenshot(page, 'documents/profile-review-uploaded-fa-phone');

    // The owner can open it; another applicant (signed in) gets 404; nobody signed out gets it either.
    const photoHref = await page.getByRole('link', { name: 'مشاهده' }).first().getAttribute('href');
    assert.match(photoHref ?? '', /^\/api\/documents\/[0-9a-f-]{36}$/);
    const own = await page.request.get(photoHref!);
    assert.equal(own.status(), 200);
    assert.equal(own.headers()['content-type'], 'image/png');
    assert.equal(own.headers()['x-content-type-options'], 'nosniff');
    assert.equal((await fetch(`${BASE_URL}${photoHref}`)).status, 404);

    await page.getByLabel('درستی اطلاعات بالا را تأیید می‌کنم').check();
    await page.getByRole('button', { name: 'ارسال برای تأیید' }).click();
    await page.waitForURL(/\/fa\/dashboard(\?|$)/);

    const approve = await api('/api/dev/accounts', 'PATCH', {
      id: await accountIdOf(a.nationalCode),
      status: 'approved',
    });
    assert.equal(approve.status, 200);

    // The service page says what to prepare, then the request with its documents.
    await page.goto('/fa/dashboard/requests/study-exemption');
    await page.getByRole('heading', { name: 'آنچه باید آماده کنید' }).waitFor();
    assert.ok(await page.getByText('مدرک وضعیت نظام وظیفه').first().isVisible());
    await page.getByLabel('شرح درخواست').fill('درخواست معافیت تحصیلی برای مقطع کارشناسی ارشد');
    await page.getByRole('button', { name: 'ثبت درخواست' }).click();
    // Missing documents are listed at the top, in words.
    const summary = page.getByRole('alert', { name: 'لطفاً موارد زیر را اصلاح کنید:' });
    await summary.getByText('لطفاً «گواهی اشتغال به تحصیل» را بارگذاری کنید').waitFor();
    await screenshot(page, 'documents/request-missing-documents-fa-phone');
    await page.getByLabel('گواهی اشتغال به تحصیل').setInputFiles(fixture('enrollment.pdf', PDF));
    await page.getByText('بارگذاری شد: enrollment.pdf').waitFor();
    await page.getByLabel('مدرک وضعیت نظام وظیفه').setInputFiles(fixture('military.png', PNG));
    await page.getByText('بارگذاری شد: military.png').waitFor();
    await page.getByRole('button', { name: 'ثبت درخواست' }).click();
    await page.waitForURL(/\/fa\/dashboard\/requests\/track\/SA-\d{8}-[2-9A-HJKMNP-Z]{6}\?filed=1$/);
    const tracking = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    assert.ok(await page.getByRole('link', { name: 'enrollment.pdf' }).isVisible());
    await screenshot(page, 'documents/request-filed-fa-phone');

    // The officer moves it (dev API): the applicant is told, and the page shows each step.
    assert.equal(
      (await api('/api/dev/requests', 'PATCH', { trackingNumber: tracking, status: 'in_review' })).status,
      200,
    );
    const reason = 'گواهی اشتغال به تحصیل باید مربوط به نیم‌سال جاری باشد';
    assert.equal(
      (await api('/api/dev/requests', 'PATCH', { trackingNumber: tracking, status: 'rejected', reason }))
        .status,
      200,
    );
    assert.equal(
      (await api('/api/dev/requests', 'PATCH', { trackingNumber: tracking, status: 'approved' })).status,
      409,
    );
    const mails = await readOutbox(a.email, 'email');
    assert.ok(mails.some((m) => m.subject === `درخواست ${tracking}: رد شده` && m.body.includes(reason)));

    // Followed by its tracking number from the list's lookup form.
    await page.goto('/fa/dashboard/requests');
    await page.getByRole('textbox', { name: 'شماره پیگیری' }).fill(tracking.toLowerCase());
    await page.getByRole('button', { name: 'پیگیری' }).click();
    await page.waitForURL(new RegExp(`/fa/dashboard/requests/track/${tracking}$`));
    assert.ok(await page.getByText(reason).isVisible());
    assert.equal(await page.locator('.timeline li').count(), 3);
    assert.ok(await page.locator('.timeline li.problem').getByText('اعلام نتیجه').isVisible());
    await screenshot(page, 'documents/request-track-rejected-fa-phone');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('another applicant gets 404 for a document; a 30 MB upload is refused without filling the disk; cross-site uploads are refused', async () => {
    const owner = uniqueApplicant();
    const other = uniqueApplicant();
    // Accounts from the dev API (the journey above registers through the form already): codes sent per
    // client address are limited, and the whole e2e run shares one address.
    const { context: c1, page: p1 } = await newPage(browser);
    await signInWithDevAccount(p1, owner);
    const upload = await p1.request.post('/api/documents?kind=identity&purpose=profile', {
      data: PDF,
      headers: { 'content-type': 'application/pdf', origin: BASE_URL, 'x-file-name': 'card.pdf' },
    });
    assert.equal(upload.status(), 201);
    const { id } = (await upload.json()) as { id: string };

    const { context: c2, page: p2 } = await newPage(browser);
    await signInWithDevAccount(p2, other);
    assert.equal((await p2.request.get(`/api/documents/${id}`)).status(), 404);
    assert.equal(
      (await p2.request.delete(`/api/documents/${id}`, { headers: { origin: BASE_URL } })).status(),
      404,
    );
    assert.equal((await p1.request.get(`/api/documents/${id}`)).status(), 200);

    // Another site's page cannot upload in the applicant's name.
    const foreign = await p1.request.post('/api/documents?kind=photo&purpose=profile', {
      data: PNG,
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.status(), 403);

    // 30 MB, streamed with no Content-Length: refused, and the server's disk did not grow.
    const dataDir = process.env.E2E_DATA_DIR;
    const before = dataDir ? bytesUnder(dataDir) : 0;
    const cookie = (await c1.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 30 * 1024 * 1024) return controller.close();
        sent += 256 * 1024;
        controller.enqueue(new Uint8Array(256 * 1024).fill(0x25));
      },
    });
    const big = await fetch(`${BASE_URL}/api/documents?kind=identity&purpose=profile`, {
      method: 'POST',
      body,
      headers: { origin: BASE_URL, cookie, 'content-type': 'application/pdf' },
      duplex: 'half',
    } as RequestInit);
    assert.equal(big.status, 413);
    assert.deepEqual(await big.json(), { error: 'tooLarge' });
    if (dataDir) assert.ok(bytesUnder(dataDir) - before < 1024 * 1024, 'no upload written to disk');
    // With a declared length the refusal comes before a byte is read.
    const declared = await p1.request.post('/api/documents?kind=identity&purpose=profile', {
      data: Buffer.alloc(6 * 1024 * 1024, 0x25),
      headers: { origin: BASE_URL },
    });
    assert.equal(declared.status(), 413);
    await c1.close();
    await c2.close();
  });
});

async function signInWithDevAccount(page: Page, a: ReturnType<typeof uniqueApplicant>): Promise<void> {
  const created = await api('/api/dev/accounts', 'POST', a);
  assert.equal(created.status, 201);
  await page.goto('/fa/login');
  await page.locator('input[name="nationalCode"]').fill(a.nationalCode);
  await page.locator('input[name="password"]').fill(a.password);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await page.waitForURL(/\/fa\/dashboard/);
}

/** The id of an account registered through the form (dev API lookup by username). */
async function accountIdOf(username: string): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/dev/accounts?username=${encodeURIComponent(username)}`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { id: string }).id;
}
