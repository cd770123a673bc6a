import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { accounts, auditEvents, profiles, serviceRequests, universities } from '@/db/schema';
import { changeAccountStatus } from '@/lib/accounts/review/change-account-status';
import { getProfile } from '@/lib/accounts/profile/get-profile';
import { profileFormValues } from '@/lib/accounts/profile/profile-form-values';
import { approveApplicant, rejectApplicant } from '@/lib/accounts/review/review-applicant';
import { listOutbox } from '../helpers/delivery';
import { storeDocument } from '@/lib/documents/store-document';
import { listServiceRequests } from '@/lib/requests/list-service-requests';
import { TRACKING_NUMBER } from '@/lib/requests/tracking-number';
import { getTicketThread, listTickets } from '@/lib/support/list-tickets';
import {
  createApplicant,
  educationInput,
  PERSONAL_INPUT,
  TEST_PASSWORD,
  uniqueContact,
} from '../helpers/applicant';
import { setupTestDatabase } from '../helpers/db';
import {
  confirmContact,
  fileRequest,
  openTicketForm,
  replyForm,
  requestContactCode,
  saveStep,
  submit,
} from '../helpers/as-action';

// The human check's fixed test token; real proofs are covered by human-check.test.ts.
const HUMAN = 'test-human-check';
process.env.CAPTCHA_TEST_ANSWER = HUMAN;

const getDb = setupTestDatabase();

async function demoUniversityId(): Promise<string> {
  const db = await getDb();
  const [u] = await db.select().from(universities).where(eq(universities.slug, 'demo-university'));
  return u.id;
}

async function statusOf(id: string) {
  const db = await getDb();
  const [a] = await db.select().from(accounts).where(eq(accounts.id, id));
  return a;
}

/** An applicant whose two steps are saved and who submitted them. */
async function submittedApplicant() {
  const account = await createApplicant();
  expect((await saveStep(account.id, 'personal', PERSONAL_INPUT)).ok).toBe(true);
  expect((await saveStep(account.id, 'education', educationInput(await demoUniversityId()))).ok).toBe(true);
  expect((await submit(account.id)).ok).toBe(true);
  return account;
}

describe('status changes through review', () => {
  test('approve only a submitted profile; each change emails the applicant', async () => {
    const fresh = await createApplicant();
    expect(await approveApplicant(fresh.id)).toEqual({ ok: false, error: 'invalidTransition' });
    expect((await statusOf(fresh.id)).status).toBe('pre_registered');

    const account = await submittedApplicant();
    const submittedMail = await listOutbox({ to: account.email, channel: 'email' });
    expect(submittedMail[0].subject).toBe('اطلاعات شما برای تأیید ارسال شد');

    const approved = await approveApplicant(account.id, null);
    expect(approved.ok).toBe(true);
    expect((await statusOf(account.id)).status).toBe('approved');
    expect((await listOutbox({ to: account.email, channel: 'email' }))[0].subject).toBe(
      'ثبت نام شما تأیید شد',
    );
    // Approval is final: neither a second approval nor a rejection applies.
    expect(await rejectApplicant(account.id, 'مدارک ناقص است')).toEqual({
      ok: false,
      error: 'invalidTransition',
    });
  });

  test('a rejection needs a reason, reopens the profile and allows a resubmit', async () => {
    const account = await submittedApplicant();
    expect(await rejectApplicant(account.id, '  ')).toEqual({ ok: false, error: 'reasonRequired' });
    expect((await rejectApplicant(account.id, 'کد پستی با نشانی همخوانی ندارد')).ok).toBe(true);
    const rejected = await statusOf(account.id);
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: 'کد پستی با نشانی همخوانی ندارد' });
    const [mail] = await listOutbox({ to: account.email, channel: 'email' });
    expect(mail.body).toContain('کد پستی با نشانی همخوانی ندارد');

    expect((await saveStep(account.id, 'personal', { ...PERSONAL_INPUT, birthPlace: 'اصفهان' })).ok).toBe(
      true,
    );
    expect((await submit(account.id)).ok).toBe(true);
    expect(await statusOf(account.id)).toMatchObject({ status: 'profile_submitted', statusReason: null });
  });

  test('two reviewers racing: exactly one decision wins', async () => {
    const account = await submittedApplicant();
    const results = await Promise.all([
      approveApplicant(account.id),
      rejectApplicant(account.id, 'دلیل آزمایشی'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.accountId, account.id));
    expect(events.map((e) => e.type).sort()).toEqual(expect.arrayContaining(['account-submit']));
    expect(events.filter((e) => e.type === 'account-approve' || e.type === 'account-reject')).toHaveLength(1);
  });
});

describe('profile completion', () => {
  test('steps are saved, resumed and validated on the server', async () => {
    const account = await createApplicant();
    const bad = await saveStep(account.id, 'personal', {
      ...PERSONAL_INPUT,
      postalCode: '۰۲۳۴۵۶۷۸۹۰',
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { postalCode: ['postalCodeInvalid'] } });
    expect(await getProfile(account.id)).toBeNull();

    expect(await saveStep(account.id, 'personal', PERSONAL_INPUT)).toMatchObject({
      ok: true,
      data: { completedStep: 1 },
    });
    // A "reload": everything comes back from the database as the form's values.
    const resumed = profileFormValues(await getProfile(account.id));
    expect(resumed).toMatchObject({
      fatherName: 'علی',
      postalCode: '1314667891',
      landline: '02166123456',
      address: PERSONAL_INPUT.address,
    });

    const uni = await demoUniversityId();
    expect((await saveStep(account.id, 'education', educationInput(uni))).ok).toBe(true);
    // Re-saving step 1 keeps the progress of step 2.
    expect(await saveStep(account.id, 'personal', PERSONAL_INPUT)).toMatchObject({
      data: { completedStep: 2 },
    });
    expect(profileFormValues(await getProfile(account.id))).toMatchObject({
      universityId: uni,
      entryYear: '1401',
      studentNumber: '40123456',
    });
  });

  test('an unknown university id is refused even though it is a well-formed uuid', async () => {
    const account = await createApplicant();
    const r = await saveStep(account.id, 'education', educationInput('00000000-0000-4000-8000-000000000000'));
    expect(r).toMatchObject({ ok: false, fieldErrors: { universityId: ['universityRequired'] } });
  });

  test('submit needs both steps, moves the status and then locks the profile', async () => {
    const account = await createApplicant();
    expect(await submit(account.id)).toMatchObject({ ok: false, formError: 'profileIncomplete' });
    await saveStep(account.id, 'personal', PERSONAL_INPUT);
    expect(await submit(account.id)).toMatchObject({ ok: false, formError: 'profileIncomplete' });
    await saveStep(account.id, 'education', educationInput(await demoUniversityId()));
    expect((await submit(account.id)).ok).toBe(true);
    expect((await statusOf(account.id)).status).toBe('profile_submitted');
    const db = await getDb();
    const [p] = await db.select().from(profiles).where(eq(profiles.accountId, account.id));
    expect(p.completedStep).toBe(3);
    expect(p.submittedAt).not.toBeNull();
    expect(await saveStep(account.id, 'personal', PERSONAL_INPUT)).toMatchObject({
      ok: false,
      formError: 'profileLocked',
    });
    expect(await submit(account.id)).toMatchObject({ ok: false, formError: 'profileLocked' });
  });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A request's required document, uploaded the way the request form's widget does it. */
async function uploadPdf(accountId: string, kind: string): Promise<string> {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(PDF);
      c.close();
    },
  });
  const stored = await storeDocument({ accountId, kind, purpose: 'request', body });
  if (!stored.ok) throw new Error(`upload refused: ${stored.error}`);
  return stored.document.id;
}

describe('approval gate and requests', () => {
  const request = { description: 'درخواست بورس دکتری برای دانشگاه تهران', gpa: '۱۸٫۲۵' };

  test('refused before approval, accepted after with a unique tracking number', async () => {
    const account = await submittedApplicant();
    // A well-formed post (forged: the page shows no form, and uploads are refused, before approval).
    const forged = {
      ...request,
      document_enrollment: randomUUID(),
      document_transcript: randomUUID(),
    };
    expect(await fileRequest(account.id, 'domestic-scholarship', forged)).toMatchObject({
      ok: false,
      formError: 'notApproved',
    });
    expect(await listServiceRequests(account.id)).toHaveLength(0);

    await approveApplicant(account.id);
    const first = await fileRequest(account.id, 'domestic-scholarship', {
      ...request,
      document_enrollment: await uploadPdf(account.id, 'enrollment'),
      document_transcript: await uploadPdf(account.id, 'transcript'),
    });
    const second = await fileRequest(account.id, 'study-exemption', {
      description: 'معافیت تحصیلی مقطع ارشد',
      document_enrollment: await uploadPdf(account.id, 'enrollment'),
      document_military: await uploadPdf(account.id, 'military'),
    });
    if (!first.ok || !second.ok) throw new Error('requests should be filed');
    expect(first.data.trackingNumber).toMatch(TRACKING_NUMBER);
    expect(second.data.trackingNumber).not.toBe(first.data.trackingNumber);

    const listed = await listServiceRequests(account.id);
    expect(listed.map((r) => r.trackingNumber).sort()).toEqual(
      [first.data.trackingNumber, second.data.trackingNumber].sort(),
    );
    const db = await getDb();
    const [row] = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, first.data.trackingNumber));
    expect(row.details).toEqual({ description: request.description, gpa: '18.25' });
  });

  test('invalid details, unknown services and the support service are refused', async () => {
    const account = await createApplicant({ status: 'approved' });
    expect(await fileRequest(account.id, 'phd-research-opportunity', { description: 'کوتاه' })).toMatchObject(
      {
        ok: false,
        fieldErrors: {
          description: ['descriptionLength'],
          hostUniversity: ['hostUniversityRequired'],
          hostCountry: ['hostCountryRequired'],
        },
      },
    );
    expect(await fileRequest(account.id, 'no-such-service', request)).toMatchObject({
      formError: 'serviceUnknown',
    });
    expect(await fileRequest(account.id, 'support', request)).toMatchObject({
      formError: 'serviceUnknown',
    });
  });
});

describe('support tickets', () => {
  test('any signed-in applicant opens a ticket and replies; others cannot see or reply', async () => {
    const account = await createApplicant();
    const other = await createApplicant();
    const opened = await openTicketForm(account.id, {
      subject: 'مشکل در ورود',
      message: 'کد پیامک به دستم نمی‌رسد.',
    });
    if (!opened.ok) throw new Error('ticket should open');
    expect((await replyForm(account.id, opened.data.ticketId, { message: 'هنوز مشکل دارم.' })).ok).toBe(true);

    const thread = await getTicketThread(account.id, opened.data.ticketId);
    expect(thread?.messages.map((m) => m.body)).toEqual(['کد پیامک به دستم نمی‌رسد.', 'هنوز مشکل دارم.']);
    expect((await listTickets(account.id)).map((t) => t.subject)).toEqual(['مشکل در ورود']);

    expect(await getTicketThread(other.id, opened.data.ticketId)).toBeNull();
    expect(
      await replyForm(other.id, opened.data.ticketId, { message: 'پیام جعلی از حساب دیگر' }),
    ).toMatchObject({
      ok: false,
      formError: 'ticketNotFound',
    });
    expect(await openTicketForm(account.id, { subject: '', message: 'ab' })).toMatchObject({
      ok: false,
      fieldErrors: { subject: ['subjectRequired'], message: ['messageLength'] },
    });
  });
});

describe('changing the verified mobile or email', () => {
  test('a contact-change code needs a human-check proof, checked before the password is tried', async () => {
    const account = await createApplicant();
    const { mobile: newMobile } = uniqueContact();
    const refused = await requestContactCode(
      account.id,
      'mobile',
      { newValue: newMobile, currentPassword: TEST_PASSWORD },
      { now: new Date() },
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { altcha: ['captchaRequired'] } });
    const forged = await requestContactCode(
      account.id,
      'mobile',
      { newValue: newMobile, currentPassword: 'wrong-password-1' },
      { now: new Date(), humanCheck: 'not-a-proof' },
    );
    expect(forged).toMatchObject({ ok: false, fieldErrors: { altcha: ['captchaInvalid'] } });
    expect(await listOutbox({ to: newMobile })).toHaveLength(0);
  });

  test('mobile: needs the password and the code sent to the new number; the old number is told', async () => {
    const account = await createApplicant();
    const { mobile: newMobile } = uniqueContact();
    const persianNew = newMobile.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    const now = new Date();

    expect(
      await requestContactCode(
        account.id,
        'mobile',
        { newValue: persianNew, currentPassword: 'wrong-password-1' },
        { now, humanCheck: HUMAN },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['currentPasswordWrong'] } });
    expect(await listOutbox({ to: newMobile })).toHaveLength(0);

    const sent = await requestContactCode(
      account.id,
      'mobile',
      { newValue: persianNew, currentPassword: TEST_PASSWORD },
      { now, humanCheck: HUMAN },
    );
    expect(sent.ok).toBe(true);
    const [sms] = await listOutbox({ to: newMobile, channel: 'sms' });
    const code = /\b(\d{6})\b/.exec(sms.body)![1];
    const wrongCode = code === '000000' ? '111111' : '000000';

    expect(
      await confirmContact(
        account.id,
        'mobile',
        { newValue: newMobile, currentPassword: TEST_PASSWORD, code: wrongCode },
        { now },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { code: ['codeWrongOrExpired'] } });
    expect(
      await confirmContact(
        account.id,
        'mobile',
        { newValue: newMobile, currentPassword: 'nope-nope-1', code },
        { now },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['currentPasswordWrong'] } });
    expect((await statusOf(account.id)).mobile).toBe(account.mobile);

    const done = await confirmContact(
      account.id,
      'mobile',
      { newValue: persianNew, currentPassword: TEST_PASSWORD, code },
      { now },
    );
    expect(done.ok).toBe(true);
    expect((await statusOf(account.id)).mobile).toBe(newMobile);
    const [notice] = await listOutbox({ to: account.mobile, channel: 'sms' });
    expect(notice.body).toContain('شماره موبایل حساب کاربری شما تغییر کرد');
    // The code was single use.
    expect(
      await confirmContact(
        account.id,
        'mobile',
        { newValue: newMobile, currentPassword: TEST_PASSWORD, code },
        { now },
      ),
    ).toMatchObject({ ok: false });
  });

  test('email: the code goes to the new address and the old address gets the notice', async () => {
    const account = await createApplicant();
    const { email: newEmail } = uniqueContact();
    const now = new Date();
    expect(
      (
        await requestContactCode(
          account.id,
          'email',
          { newValue: newEmail, currentPassword: TEST_PASSWORD },
          { now, humanCheck: HUMAN },
        )
      ).ok,
    ).toBe(true);
    const [mail] = await listOutbox({ to: newEmail, channel: 'email' });
    const code = /\b(\d{6})\b/.exec(mail.body)![1];
    const later = new Date(now.getTime() + 60_000);
    expect(
      (
        await confirmContact(
          account.id,
          'email',
          { newValue: newEmail, currentPassword: TEST_PASSWORD, code },
          { now: later },
        )
      ).ok,
    ).toBe(true);
    expect((await statusOf(account.id)).email).toBe(newEmail);
    const [notice] = await listOutbox({ to: account.email, channel: 'email' });
    expect(notice.subject).toBe('تغییر پست الکترونیک حساب کاربری');
    expect(notice.body).not.toContain(newEmail);
  });

  test('an expired code is refused (time injected, no sleeping)', async () => {
    const account = await createApplicant();
    const { email: newEmail } = uniqueContact();
    const now = new Date();
    await requestContactCode(
      account.id,
      'email',
      { newValue: newEmail, currentPassword: TEST_PASSWORD },
      { now, humanCheck: HUMAN },
    );
    const code = /\b(\d{6})\b/.exec((await listOutbox({ to: newEmail }))[0].body)![1];
    const afterExpiry = new Date(now.getTime() + 301_000);
    expect(
      await confirmContact(
        account.id,
        'email',
        { newValue: newEmail, currentPassword: TEST_PASSWORD, code },
        { now: afterExpiry },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { code: ['codeWrongOrExpired'] } });
  });
});

test('changeAccountStatus reports a missing account', async () => {
  expect(await changeAccountStatus('00000000-0000-4000-8000-000000000000', 'submit')).toEqual({
    ok: false,
    error: 'notFound',
  });
});
