import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Cookie, Page } from 'playwright-core';
import {
  BASE_URL,
  expectedStatuses,
  launch,
  newPage,
  readOutbox,
  screenshot,
  toPersian,
  VIEWPORTS,
} from './helpers';

import {
  applicantSignIn,
  createAccount,
  enroll,
  SETUP,
  staffSignIn,
  statusOnDashboard,
  submitProfile,
  freshCode,
  useSessionOf,
  type Applicant,
} from './staff-helpers';

/** On a timeout, says what the page showed instead (its alerts and address), not only what was missing. */
async function explainTimeout(page: Page, waiting: Promise<void>): Promise<void> {
  try {
    await waiting;
  } catch (error) {
    const alerts = await page
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `${(error as Error).message}\nthe page at ${page.url()} showed: ${JSON.stringify(alerts)}`,
    );
  }
}

/**
 * The university's half of the portal, end to end in Chromium against `next start` (NODE_ENV=production,
 * so no demo staff exist): the accounts come from `npm run staff:create`, run by scripts/e2e.mjs on the
 * server's database before it started; their one-time setup URLs arrive in E2E_STAFF_SETUP.
 */
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

let reviewerSecret = '';
/** Sessions kept for the later checks that need no fresh sign-in (each costs a new TOTP time step). */
const kept: { admin?: Cookie[]; otherReviewer?: Cookie[] } = {};
/** A document of the approved applicant (demo university), for the other university's reviewer to try. */
let documentPath = '';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const applicants: { approved?: Applicant; rejected?: Applicant } = {};

describe(
  'university staff (fa)',
  { skip: !SETUP.reviewer && 'E2E_STAFF_SETUP not set (run through npm run test:e2e)' },
  () => {
    test('staff:create → setup link → password → TOTP → sign-in → approve one, reject one → outcomes, resubmit, request', async () => {
      const reviewer = SETUP.reviewer!;
      const staffSide = await newPage(browser, VIEWPORTS.desktop);
      reviewerSecret = await enroll(staffSide.page, reviewer.url);
      await screenshot(staffSide.page, 'staff-setup-recovery-fa-desktop');
      // The link worked once: a second visit says it is spent.
      await staffSide.page.goto(reviewer.url);
      await staffSide.page
        .getByText('این پیوند راه‌اندازی منقضی شده یا قبلاً استفاده شده است')
        .first()
        .waitFor();

      // Two applicants submit their profiles for the demo university.
      const a = await createAccount();
      const b = await createAccount();
      applicants.approved = a;
      applicants.rejected = b;
      const sideA = await newPage(browser, VIEWPORTS.phone);
      const sideB = await newPage(browser, VIEWPORTS.phone);
      await applicantSignIn(sideA.page, a);
      await submitProfile(sideA.page);
      await applicantSignIn(sideB.page, b);
      await submitProfile(sideB.page);

      // Sign in: password, then the code of the next step computed from the secret shown at setup.
      const code = await freshCode(reviewerSecret);
      await staffSignIn(staffSide.page, reviewer.username, code);
      await staffSide.page.waitForURL(/\/fa\/university$/);
      await staffSide.page.getByRole('heading', { name: 'صف بررسی متقاضیان', level: 1 }).waitFor();

      // The same code again from another browser: refused (no replay within its window).
      const thief = await newPage(browser, VIEWPORTS.desktop);
      await staffSignIn(thief.page, reviewer.username, code);
      await thief.page
        .getByRole('alert')
        .getByText('این کد قبلاً استفاده شده است', { exact: false })
        .waitFor();
      assert.match(thief.page.url(), /\/fa\/university\/login$/);
      await thief.context.close();

      // The queue: search by national code in Persian digits, open the file, approve.
      const queue = staffSide.page;
      await queue.getByLabel('جست‌وجو', { exact: true }).fill(toPersian(a.nationalCode));
      await queue.getByRole('button', { name: 'نمایش' }).click();
      await queue.getByRole('link', { name: new RegExp(a.lastName) }).click();
      await queue.waitForURL(new RegExp(`/fa/university/applicants/${a.id}$`));
      await queue.getByText('مهندسی کامپیوتر').waitFor();
      await queue.getByRole('button', { name: 'تأیید', exact: true }).click();
      await explainTimeout(queue, queue.getByText('ثبت نام متقاضی تأیید شد').waitFor());

      // Reject the other with a reason (an empty reason is refused first, in the summary).
      await queue.goto(`/fa/university/applicants/${b.id}`);
      await queue.getByRole('button', { name: 'رد', exact: true }).click();
      await queue.getByRole('alert').getByText('لطفاً دلیل رد را بنویسید', { exact: false }).waitFor();
      const reason = 'رشته تحصیلی با کارت دانشجویی یکی نیست؛ آن را اصلاح کنید.';
      await queue.getByLabel('دلیل رد').fill(reason);
      await queue.getByRole('button', { name: 'رد', exact: true }).click();
      await queue.getByText('ثبت نام متقاضی رد شد').waitFor();

      // Each applicant sees the outcome on the dashboard and in the outbox (email and SMS).
      assert.match(await statusOnDashboard(sideA.page), /ثبت نام شما تأیید شده است/);
      assert.equal((await readOutbox(a.email, 'email'))[0]?.subject, 'ثبت نام شما تأیید شد');
      assert.match((await readOutbox(a.mobile, 'sms'))[0]?.body ?? '', /تأیید شد/);
      const bDashboard = await statusOnDashboard(sideB.page);
      assert.match(bDashboard, /نیاز به اصلاح دارد/);
      assert.ok(bDashboard.includes(reason));
      assert.ok((await readOutbox(b.email, 'email'))[0]?.body.includes(reason));
      assert.match((await readOutbox(b.mobile, 'sms'))[0]?.body ?? '', /اصلاح/);

      // The rejected one corrects, resubmits, is back in the queue and is approved.
      await submitProfile(sideB.page, 'مهندسی برق');
      assert.match(await statusOnDashboard(sideB.page), /در حال بررسی است/);
      await queue.goto(`/fa/university?q=${encodeURIComponent(b.nationalCode)}`);
      await queue.getByRole('link', { name: new RegExp(b.lastName) }).click();
      await queue.getByText('مهندسی برق').waitFor();
      await queue.getByRole('button', { name: 'تأیید', exact: true }).click();
      await explainTimeout(queue, queue.getByText('ثبت نام متقاضی تأیید شد').waitFor());
      assert.match(await statusOnDashboard(sideB.page), /ثبت نام شما تأیید شده است/);

      // The approved one files a request with the documents the service asks for.
      await sideA.page.goto('/fa/dashboard/requests/domestic-scholarship');
      await sideA.page.getByLabel('معدل کل').fill('۱۷٫۵');
      await sideA.page.getByLabel('شرح درخواست').fill('درخواست بورس دکتری در رشته مهندسی کامپیوتر');
      await sideA.page
        .getByLabel('گواهی اشتغال به تحصیل')
        .setInputFiles({ name: 'enrollment.pdf', mimeType: 'application/pdf', buffer: PDF });
      await sideA.page.getByText('بارگذاری شد: enrollment.pdf').waitFor();
      await sideA.page
        .getByLabel('کارنامه یا ریز نمرات')
        .setInputFiles({ name: 'transcript.pdf', mimeType: 'application/pdf', buffer: PDF });
      await sideA.page.getByText('بارگذاری شد: transcript.pdf').waitFor();
      await sideA.page.getByRole('button', { name: 'ثبت درخواست' }).click();
      await sideA.page.waitForURL(/\/requests\/track\/SA-\d{8}-[0-9A-Z]{6}\?filed=1$/);

      // The reviewer sees them on the applicant's file and opens one (checked again on the server).
      await queue.goto(`/fa/university/applicants/${a.id}`);
      const link = queue.getByRole('region', { name: 'مدارک' }).getByRole('link', { name: 'enrollment.pdf' });
      documentPath = (await link.getAttribute('href'))!;
      assert.match(documentPath, /^\/api\/documents\/[0-9a-f-]{36}$/);
      const opened = await queue.request.get(documentPath);
      assert.equal(opened.status(), 200);
      assert.equal(opened.headers()['content-type'], 'application/pdf');

      for (const side of [staffSide, sideA, sideB]) {
        assert.deepEqual(side.errors, []);
      }
      await sideA.context.close();
      await sideB.context.close();
      await staffSide.context.close();
    });

    test('another university’s reviewer gets 404 for the file, the decision and the ticket; an applicant gets nothing', async () => {
      const other = SETUP.other!;
      const a = applicants.approved!;
      const otherSide = await newPage(browser, VIEWPORTS.desktop);
      const otherSecret = await enroll(otherSide.page, other.url);
      await staffSignIn(otherSide.page, other.username, await freshCode(otherSecret));
      await otherSide.page.waitForURL(/\/fa\/university$/);
      // A fresh applicant of the demo university, waiting, with a ticket.
      const c = await createAccount();
      const sideC = await newPage(browser, VIEWPORTS.desktop);
      await applicantSignIn(sideC.page, c);
      await submitProfile(sideC.page);
      await sideC.page.goto('/fa/dashboard/support');
      await sideC.page.getByLabel('موضوع').fill('پرسش درباره تأیید');
      await sideC.page.getByLabel('متن پیام').fill('ثبت نام من کی بررسی می‌شود؟');
      await sideC.page.getByRole('button', { name: 'ثبت درخواست پشتیبانی' }).click();
      await sideC.page.waitForURL(/\/dashboard\/support\/[0-9a-f-]+\?opened=1$/);
      const ticketId = /support\/([0-9a-f-]+)/.exec(sideC.page.url())![1];

      for (const path of [
        `/fa/university/applicants/${c.id}`,
        `/fa/university/applicants/${a.id}`,
        `/fa/university/support/${ticketId}`,
      ]) {
        expectedStatuses.add(path);
        const res = await otherSide.page.goto(path);
        assert.equal(res?.status(), 404, path);
      }
      // Nor the applicant's documents: the same 404 as a document that does not exist.
      assert.ok(documentPath, 'the first journey left a document');
      assert.equal((await otherSide.page.request.get(documentPath)).status(), 404);
      // Not in their queue or desk either.
      await otherSide.page.goto(`/fa/university?status=all&q=${c.nationalCode}`);
      assert.equal(await otherSide.page.getByRole('link', { name: new RegExp(c.lastName) }).count(), 0);

      // The real decision form, sent with the other reviewer's session: refused, nothing changes.
      const reviewerSide = await newPage(browser, VIEWPORTS.desktop);
      await staffSignIn(reviewerSide.page, SETUP.reviewer!.username, await freshCode(reviewerSecret));
      await reviewerSide.page.waitForURL(/\/fa\/university$/);
      await reviewerSide.page.goto(`/fa/university/applicants/${c.id}`);
      await useSessionOf(reviewerSide.context, otherSide.context);
      await reviewerSide.page.getByRole('button', { name: 'تأیید', exact: true }).click();
      await reviewerSide.page.getByRole('alert').getByText('مورد درخواستی پیدا نشد').first().waitFor();
      // …and with the applicant's own session: no staff session, refused.
      await useSessionOf(reviewerSide.context, sideC.context);
      await reviewerSide.page.getByLabel('دلیل رد').fill('تلاش با نشست متقاضی');
      await reviewerSide.page.getByRole('button', { name: 'رد', exact: true }).click();
      // Refused: the answer re-renders the staff layout, which sends a non-staff session to the staff
      // sign-in (or, had the layout not run, the action's own «نشست شما به پایان رسیده»).
      await Promise.any([
        reviewerSide.page.waitForURL(/\/fa\/university\/login$/),
        reviewerSide.page
          .getByRole('alert')
          .getByText('نشست شما به پایان رسیده', { exact: false })
          .first()
          .waitFor(),
      ]);
      assert.match(await statusOnDashboard(sideC.page), /در حال بررسی است/);

      // An applicant session opens no staff page: each sends it to the staff sign-in.
      for (const path of [
        '/fa/university',
        `/fa/university/applicants/${c.id}`,
        `/fa/university/support/${ticketId}`,
        '/fa/university/staff',
      ]) {
        await sideC.page.goto(path);
        assert.match(sideC.page.url(), /\/fa\/university\/login$/, path);
      }
      kept.otherReviewer = await otherSide.context.cookies();
      for (const side of [otherSide, sideC]) await side.context.close();
      await reviewerSide.context.close();
    });

    test('support desk: the reviewer answers, the applicant reads it and is emailed; closing', async () => {
      const c = await createAccount();
      const sideC = await newPage(browser, VIEWPORTS.phone);
      await applicantSignIn(sideC.page, c);
      await submitProfile(sideC.page);
      await sideC.page.goto('/fa/services');
      // «پشتیبانی سامانه» on the public services page is a link to the ticket page.
      await sideC.page.getByRole('link', { name: 'پشتیبانی سامانه' }).first().click();
      await sideC.page.waitForURL(/\/fa\/dashboard\/support$/);
      await sideC.page.getByLabel('موضوع').fill('کد تأیید نمی‌رسد');
      await sideC.page.getByLabel('متن پیام').fill('کد تأیید ایمیل به دستم نمی‌رسد.');
      await sideC.page.getByRole('button', { name: 'ثبت درخواست پشتیبانی' }).click();
      await sideC.page.waitForURL(/\?opened=1$/);
      const ticketPath = new URL(sideC.page.url()).pathname;
      const ticketId = ticketPath.split('/').at(-1)!;

      const staffSide = await newPage(browser, VIEWPORTS.phone);
      await staffSignIn(staffSide.page, SETUP.reviewer!.username, await freshCode(reviewerSecret));
      await staffSide.page.waitForURL(/\/fa\/university$/);
      await staffSide.page.goto('/fa/university/support');
      await staffSide.page.getByRole('link', { name: /کد تأیید نمی‌رسد/ }).click();
      await staffSide.page.waitForURL(new RegExp(ticketId));
      await staffSide.page
        .getByRole('textbox', { name: 'پاسخ', exact: true })
        .fill('لطفاً پوشه هرزنامه را هم ببینید و دوباره درخواست کنید.');
      await staffSide.page.getByRole('button', { name: 'ارسال پاسخ' }).click();
      await staffSide.page.getByText('پاسخ ثبت شد').waitFor();
      await staffSide.page.getByRole('button', { name: 'بستن تیکت' }).click();
      await staffSide.page.getByText('تیکت بسته شد.').waitFor();

      await sideC.page.goto(ticketPath);
      assert.ok(await sideC.page.getByText('لطفاً پوشه هرزنامه را هم ببینید').isVisible());
      assert.match(
        (await readOutbox(c.email, 'email'))[0]?.subject ?? '',
        /پاسخ به تیکت پشتیبانی شماره [۰-۹]+/,
      );
      assert.deepEqual(staffSide.errors, []);
      await sideC.context.close();
      await staffSide.context.close();
    });

    test('screens: queue, applicant file and support desk at 390 px and 1280 px, fa and en (administrator)', async () => {
      const admin = SETUP.admin!;
      const side = await newPage(browser, VIEWPORTS.desktop);
      const secret = await enroll(side.page, admin.url);
      await staffSignIn(side.page, admin.username, await freshCode(secret));
      await side.page.waitForURL(/\/fa\/university$/);
      const target = applicants.rejected!;
      const ticket = await side.page.goto('/fa/university/support?status=closed');
      assert.equal(ticket?.status(), 200);
      const ticketHref = await side.page.locator('main li a').first().getAttribute('href');
      const cookies = await side.context.cookies();
      kept.admin = cookies;
      for (const [name, viewport] of Object.entries({
        phone: { width: 390, height: 844 },
        desktop: { width: 1280, height: 900 },
      })) {
        for (const locale of ['fa', 'en'] as const) {
          const view = await browser.newContext({ viewport, baseURL: BASE_URL });
          await view.addCookies(cookies);
          const page = await view.newPage();
          await page.goto(`/${locale}/university?status=all`);
          await screenshot(page, `staff-queue-${locale}-${name}`);
          await page.goto(`/${locale}/university/applicants/${target.id}`);
          await screenshot(page, `staff-applicant-${locale}-${name}`);
          await page.goto(`/${locale}/university/support?status=closed`);
          await screenshot(page, `staff-desk-${locale}-${name}`);
          if (ticketHref) {
            await page.goto(ticketHref.replace(/^\/fa\//, `/${locale}/`));
            await screenshot(page, `staff-ticket-${locale}-${name}`);
          }
          // No sideways scrolling of the page itself (the tables scroll inside their region).
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert.ok(overflow <= 1, `${locale} ${name}: page scrolls sideways by ${overflow}px`);
          await view.close();
        }
      }
      assert.deepEqual(side.errors, []);
      await side.context.close();
    });

    test('deliveries: an email that failed is listed for the administrator and sent again; a reviewer gets 404', async () => {
      assert.ok(
        kept.admin && kept.otherReviewer,
        'the earlier journeys keep an administrator and a reviewer session',
      );
      // `.invalid` never receives mail (RFC 2606): the dev outbox refuses it as a provider would.
      const c = await createAccount({ email: `staff-e2e-${Date.now()}@example.invalid` });
      const sideC = await newPage(browser, VIEWPORTS.phone);
      await applicantSignIn(sideC.page, c);
      await sideC.page.goto('/fa/dashboard/support');
      await sideC.page.getByLabel('موضوع').fill('ایمیل من');
      await sideC.page.getByLabel('متن پیام').fill('آیا پاسخ به ایمیل من هم فرستاده می‌شود؟');
      await sideC.page.getByRole('button', { name: 'ثبت درخواست پشتیبانی' }).click();
      await sideC.page.waitForURL(/\?opened=1$/);
      const ticketId = new URL(sideC.page.url()).pathname.split('/').at(-1)!;

      const admin = await newPage(browser, VIEWPORTS.desktop);
      await admin.context.addCookies(kept.admin);
      await admin.page.goto(`/fa/university/support/${ticketId}`);
      await admin.page
        .getByRole('textbox', { name: 'پاسخ', exact: true })
        .fill('بله، پاسخ با ایمیل هم فرستاده می‌شود.');
      await admin.page.getByRole('button', { name: 'ارسال پاسخ' }).click();
      await admin.page.getByText('پاسخ ثبت شد').waitFor();

      // The worker tries at once; the refusal is final (422), so the row shows up among the failures.
      const retry = admin.page.getByRole('button', {
        name: /^ارسال دوباره «پاسخ به تیکت پشتیبانی» به st…@example\.invalid$/,
      });
      for (let i = 0; i < 20 && !(await retry.count()); i++) {
        await admin.page.goto('/fa/university/deliveries');
        if (!(await retry.count())) await admin.page.waitForTimeout(500);
      }
      assert.equal(await retry.count(), 1);
      assert.ok(await admin.page.getByRole('cell', { name: 'status_422' }).count());
      await screenshot(admin.page, 'staff-deliveries-fa-desktop');
      await retry.click();
      await admin.page.waitForURL(/\/fa\/university\/deliveries\?retried=1$/);
      await admin.page.getByRole('status').getByText('پیام دوباره در صف ارسال قرار گرفت').waitFor();
      // (The worker takes it at once and the .invalid address fails again: the row may well be back.)
      // The retry is on the audit log, under its family.
      await admin.page.goto('/fa/university/audit?family=delivery');
      assert.ok(await admin.page.getByRole('cell', { name: 'delivery_retried' }).count());
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        await admin.page.setViewportSize(viewport);
        await admin.page.goto('/en/university/deliveries?status=all');
        await screenshot(admin.page, `staff-deliveries-en-${name}`);
        await admin.page.goto('/fa/university/deliveries?status=all');
        await screenshot(admin.page, `staff-deliveries-fa-${name}`);
      }
      assert.deepEqual(admin.errors, []);

      // A reviewer's session: the page is not there, and neither is its menu item.
      const reviewer = await newPage(browser, VIEWPORTS.desktop);
      await reviewer.context.addCookies(kept.otherReviewer);
      expectedStatuses.add('/fa/university/deliveries');
      const res = await reviewer.page.goto('/fa/university/deliveries');
      assert.equal(res?.status(), 404);
      await reviewer.page.goto('/fa/university');
      assert.equal(await reviewer.page.getByRole('link', { name: 'پیام‌های ارسالی' }).count(), 0);
      for (const side of [sideC, admin, reviewer]) await side.context.close();
    });
  },
);
