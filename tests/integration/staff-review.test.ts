import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { accounts, auditEvents, staffRecoveryCodes, staffUsers, universities } from '@/db/schema';
import { authenticateStaff } from '@/lib/accounts/sign-in/authenticate-staff';
import { hashPassword } from '@/lib/crypto/password';
import { listOutbox } from '../helpers/delivery';
import { decideApplicant } from '@/lib/review/decide-applicant';
import { getApplicantForReview } from '@/lib/review/get-applicant-for-review';
import { listReviewQueue } from '@/lib/review/list-review-queue';
import {
  confirmTotpEnrollment,
  findStaffBySetupToken,
  pendingTotpSecret,
  setSetupPassword,
} from '@/lib/staff/complete-staff-setup';
import { createStaff, resetStaffSetup } from '@/lib/staff/create-staff';
import { staffWithDemoPasswords } from '@/lib/staff/demo-passwords';
import { completeStaffSignIn, createPendingTicket } from '@/lib/staff/sign-in-staff';
import { answerTicket, closeTicket } from '@/lib/support/answer-ticket';
import { getDeskTicket, listDeskTickets } from '@/lib/support/staff-desk';
import { listUniversities } from '@/lib/content/queries';
import { saveUniversity, setUniversityActive } from '@/lib/staff/save-university';
import { createApplicant, educationInput, PERSONAL_INPUT } from '../helpers/applicant';
import { setupTestDatabase } from '../helpers/db';
import { openTicketForm, saveStep, submit } from '../helpers/as-action';

const getDb = setupTestDatabase();
const PASSWORD = 'Reviewer-pass-2026';

async function universityId(slug: string): Promise<string> {
  const db = await getDb();
  const [u] = await db.select().from(universities).where(eq(universities.slug, slug));
  return u.id;
}

function totpFor(base32: string) {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(base32) });
}

/** A staff account taken through the real setup link: password, then TOTP enrollment. */
async function enrolledStaff(role: 'reviewer' | 'admin', university?: string, now = new Date()) {
  const username = `t${randomInt(1e9)}`;
  const created = await createStaff(
    { username, email: `${username}@example.com`, role, university },
    { now },
  );
  if (!created.ok) throw new Error(`createStaff: ${created.reason}`);
  expect(
    await setSetupPassword(
      { token: created.setupToken, password: PASSWORD, passwordConfirm: PASSWORD },
      { now },
    ),
  ).toEqual({ ok: true });
  const pending = await findStaffBySetupToken(created.setupToken, { now });
  const secret = pendingTotpSecret(pending!)!;
  const confirmed = await confirmTotpEnrollment(
    { token: created.setupToken, totp: totpFor(secret).generate({ timestamp: now.getTime() }) },
    { now },
  );
  if (!confirmed.ok) throw new Error(`enroll: ${confirmed.reason}`);
  const db = await getDb();
  const [staff] = await db.select().from(staffUsers).where(eq(staffUsers.id, created.staff.id));
  return { staff, secret, token: created.setupToken, recoveryCodes: confirmed.recoveryCodes };
}

async function submittedApplicant(uniSlug = 'demo-university') {
  const account = await createApplicant();
  expect((await saveStep(account.id, 'personal', PERSONAL_INPUT)).ok).toBe(true);
  expect((await saveStep(account.id, 'education', educationInput(await universityId(uniSlug)))).ok).toBe(
    true,
  );
  expect((await submit(account.id)).ok).toBe(true);
  return account;
}

describe('staff setup link and second factor', () => {
  test('the setup link sets a password, enrolls TOTP, gives 10 hashed recovery codes and works once', async () => {
    const now = new Date();
    const { staff, token, recoveryCodes } = await enrolledStaff('reviewer', 'demo-university', now);
    expect(staff.passwordHash).toMatch(/^\$argon2id\$/);
    expect(staff.totpEnabledAt).not.toBeNull();
    expect(staff.totpSecret).not.toMatch(/^[A-Z2-7]{32}$/); // sealed, not the plain base32
    expect(recoveryCodes).toHaveLength(10);
    const db = await getDb();
    const stored = await db.select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staff.id));
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    // Single use: the token is spent.
    expect(await findStaffBySetupToken(token, { now })).toBeNull();
    expect(
      await setSetupPassword({ token, password: 'Other-pass-2026', passwordConfirm: 'Other-pass-2026' }),
    ).toEqual({
      ok: false,
      reason: 'setupExpired',
    });
  });

  test('a setup link expires after 24 hours', async () => {
    const now = new Date();
    const created = await createStaff(
      { username: `t${randomInt(1e9)}`, email: 'x@example.com', role: 'admin' },
      { now },
    );
    if (!created.ok) throw new Error('create');
    const later = new Date(now.getTime() + 24 * 3600 * 1000 + 1000);
    expect(await findStaffBySetupToken(created.setupToken, { now: later })).toBeNull();
    expect(
      await setSetupPassword(
        { token: created.setupToken, password: PASSWORD, passwordConfirm: PASSWORD },
        { now: later },
      ),
    ).toEqual({ ok: false, reason: 'setupExpired' });
  });

  test('staff:create refuses an unknown university, a reviewer without one, and a taken username', async () => {
    const username = `t${randomInt(1e9)}`;
    expect(
      await createStaff({ username, email: 'a@example.com', role: 'reviewer', university: 'nope' }),
    ).toEqual({
      ok: false,
      reason: 'unknownUniversity',
    });
    expect(await createStaff({ username, email: 'a@example.com', role: 'reviewer' })).toEqual({
      ok: false,
      reason: 'universityRequired',
    });
    expect((await createStaff({ username, email: 'a@example.com', role: 'admin' })).ok).toBe(true);
    expect(await createStaff({ username, email: 'b@example.com', role: 'admin' })).toEqual({
      ok: false,
      reason: 'usernameTaken',
    });
  });

  test('sign-in needs the password and then a code; a code is accepted once; a recovery code once', async () => {
    const t0 = new Date(Date.now() + 90_000); // a later time step than the enrollment's
    const { staff, secret, recoveryCodes } = await enrolledStaff('reviewer', 'demo-university');
    const password = await authenticateStaff({
      username: staff.username,
      password: PASSWORD,
      clientHash: `c${randomInt(1e9)}`,
    });
    expect(password.ok).toBe(true);
    const ticket = createPendingTicket(staff, t0);
    const code = totpFor(secret).generate({ timestamp: t0.getTime() });
    const first = await completeStaffSignIn({ pendingTicket: ticket, code, clientHash: 'c' }, { now: t0 });
    expect(first.ok).toBe(true);
    // The same code again, within its window: refused as a replay.
    const replay = await completeStaffSignIn(
      { pendingTicket: ticket, code, clientHash: 'c' },
      { now: new Date(t0.getTime() + 5000) },
    );
    expect(replay).toEqual({ ok: false, reason: 'replayed' });
    // Two requests racing with the next code: exactly one wins.
    const t1 = new Date(t0.getTime() + 30_000);
    const next = totpFor(secret).generate({ timestamp: t1.getTime() });
    const raced = await Promise.all(
      [0, 1, 2].map(() =>
        completeStaffSignIn(
          { pendingTicket: createPendingTicket(staff, t1), code: next, clientHash: 'c' },
          { now: t1 },
        ),
      ),
    );
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    // A recovery code (any case, with or without the dash) works once.
    const rc = recoveryCodes[3].toLowerCase().replace('-', '');
    expect(
      (
        await completeStaffSignIn(
          { pendingTicket: createPendingTicket(staff, t1), code: rc, clientHash: 'c' },
          { now: t1 },
        )
      ).ok,
    ).toBe(true);
    expect(
      await completeStaffSignIn(
        { pendingTicket: createPendingTicket(staff, t1), code: rc, clientHash: 'c' },
        { now: t1 },
      ),
    ).toEqual({
      ok: false,
      reason: 'wrong',
    });
    // Without the pending ticket of the password step there is no second step.
    expect(
      await completeStaffSignIn({ pendingTicket: 'forged.ticket', code: next, clientHash: 'c' }, { now: t1 }),
    ).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  test('five wrong codes lock the second factor for 15 minutes', async () => {
    const { staff, secret } = await enrolledStaff('admin');
    const now = new Date(Date.now() + 60_000);
    for (let i = 0; i < 5; i += 1) {
      const r = await completeStaffSignIn(
        { pendingTicket: createPendingTicket(staff, now), code: '000000', clientHash: 'c' },
        { now },
      );
      expect(r.ok).toBe(false);
    }
    const good = totpFor(secret).generate({ timestamp: now.getTime() + 30_000 });
    const locked = await completeStaffSignIn(
      { pendingTicket: createPendingTicket(staff, now), code: good, clientHash: 'c' },
      { now: new Date(now.getTime() + 30_000) },
    );
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
  });

  test('an account whose setup is not finished cannot sign in with a password', async () => {
    const username = `t${randomInt(1e9)}`;
    const created = await createStaff({ username, email: 'p@example.com', role: 'admin' });
    if (!created.ok) throw new Error('create');
    await setSetupPassword({ token: created.setupToken, password: PASSWORD, passwordConfirm: PASSWORD });
    const r = await authenticateStaff({ username, password: PASSWORD, clientHash: `c${randomInt(1e9)}` });
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('staff throttling is stricter than applicants: the captcha is asked after the 2nd failure', async () => {
    const { staff } = await enrolledStaff('admin');
    const clientHash = `c${randomInt(1e9)}`;
    const first = await authenticateStaff({ username: staff.username, password: 'wrong-1', clientHash });
    expect(first).toMatchObject({ ok: false, reason: 'invalid', captchaRequired: false });
    const second = await authenticateStaff({ username: staff.username, password: 'wrong-2', clientHash });
    expect(second).toMatchObject({ ok: false, reason: 'invalid', captchaRequired: true });
  });
});

describe('demo staff passwords', () => {
  test('a demo password is found by verifying the hash, whatever the account is called; a reset clears it', async () => {
    expect(await staffWithDemoPasswords()).toEqual(expect.arrayContaining(['demo-staff', 'admin']));
    const { staff } = await enrolledStaff('reviewer', 'demo-university');
    const db = await getDb();
    await db
      .update(staffUsers)
      .set({ passwordHash: await hashPassword('Demo-Staff-2026') })
      .where(eq(staffUsers.id, staff.id));
    expect(await staffWithDemoPasswords()).toContain(staff.username);
    expect((await resetStaffSetup(staff.id)).ok).toBe(true);
    expect(await staffWithDemoPasswords()).not.toContain(staff.username);
  }, 60_000);
});

describe('review queue and decisions', () => {
  test('a reviewer sees, reads and decides only their own university (404 for the other)', async () => {
    const { staff: mine } = await enrolledStaff('reviewer', 'demo-university');
    const { staff: other } = await enrolledStaff('reviewer', 'university-of-tehran');
    const { staff: admin } = await enrolledStaff('admin');
    const applicant = await submittedApplicant('demo-university');

    const ids = async (s: typeof mine, q = {}) => {
      const rows: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 50; i += 1) {
        const page = await listReviewQueue(s, { ...q, after });
        rows.push(...page.rows.map((r) => r.id));
        if (!page.next) break;
        after = page.next;
      }
      return rows;
    };
    expect(await ids(mine)).toContain(applicant.id);
    expect(await ids(other)).not.toContain(applicant.id);
    expect(await ids(admin)).toContain(applicant.id);

    expect(await getApplicantForReview(other, applicant.id)).toBeNull();
    expect(await getApplicantForReview(mine, applicant.id)).not.toBeNull();
    expect(await decideApplicant(other, { accountId: applicant.id, decision: 'approve' })).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(
      await decideApplicant(other, { accountId: applicant.id, decision: 'reject', reason: 'مدارک ناقص است' }),
    ).toEqual({ ok: false, reason: 'notFound' });
    const db = await getDb();
    const [still] = await db.select().from(accounts).where(eq(accounts.id, applicant.id));
    expect(still.status).toBe('profile_submitted');
  });

  test('search by national code in Persian or Latin digits and by name; filter by status; keyset pages', async () => {
    const { staff } = await enrolledStaff('reviewer', 'demo-university');
    const a = await submittedApplicant();
    const persian = a.nationalCode!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    expect((await listReviewQueue(staff, { q: persian })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listReviewQueue(staff, { q: a.nationalCode!.slice(0, 10) })).rows.map((r) => r.id)).toEqual(
      [a.id],
    );
    const byName = await listReviewQueue(staff, { q: a.lastName, status: 'all' });
    expect(byName.rows.map((r) => r.id)).toContain(a.id);
    expect((await listReviewQueue(staff, { q: persian, status: 'approved' })).rows).toHaveLength(0);

    // Pages of 2 walk the whole queue without repeats or gaps.
    const all: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listReviewQueue(staff, { after, status: 'all' }, 2);
      all.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(a.id);
    const waiting = (await listReviewQueue(staff)).waiting;
    expect(waiting).toBeGreaterThanOrEqual(1);
  });

  test('two simultaneous decisions leave exactly one; the loser is told who decided and when', async () => {
    const { staff: r1 } = await enrolledStaff('reviewer', 'demo-university');
    const { staff: r2 } = await enrolledStaff('reviewer', 'demo-university');
    const applicant = await submittedApplicant();
    const results = await Promise.all([
      decideApplicant(r1, { accountId: applicant.id, decision: 'approve' }),
      decideApplicant(r2, {
        accountId: applicant.id,
        decision: 'reject',
        reason: 'کارت دانشجویی خوانا نیست',
      }),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winnerIndex = results.findIndex((r) => r.ok);
    const winner = [r1, r2][winnerIndex];
    expect(losers[0]).toMatchObject({ ok: false, reason: 'alreadyDecided', by: winner.displayName });
    expect((losers[0] as { at: Date }).at).toBeInstanceOf(Date);
    const db = await getDb();
    const decisions = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, applicant.id)));
    expect(decisions.filter((e) => e.type === 'account-approve' || e.type === 'account-reject')).toHaveLength(
      1,
    );
  });

  test('approve and reject tell the applicant by email and SMS; a rejected applicant resubmits into the queue', async () => {
    const { staff } = await enrolledStaff('reviewer', 'demo-university');
    const approved = await submittedApplicant();
    const rejected = await submittedApplicant();
    expect(
      await decideApplicant(staff, { accountId: rejected.id, decision: 'reject', reason: '  ' }),
    ).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
    expect(await decideApplicant(staff, { accountId: approved.id, decision: 'approve' })).toEqual({
      ok: true,
      status: 'approved',
    });
    expect(
      await decideApplicant(staff, {
        accountId: rejected.id,
        decision: 'reject',
        reason: 'شماره دانشجویی با کارت یکی نیست',
      }),
    ).toEqual({ ok: true, status: 'rejected' });
    const [mail] = await listOutbox({ to: approved.email, channel: 'email' });
    expect(mail.subject).toBe('ثبت نام شما تأیید شد');
    const [sms] = await listOutbox({ to: approved.mobile, channel: 'sms' });
    expect(sms.body).toContain('تأیید شد');
    const [rmail] = await listOutbox({ to: rejected.email, channel: 'email' });
    expect(rmail.body).toContain('شماره دانشجویی با کارت یکی نیست');
    expect((await listOutbox({ to: rejected.mobile, channel: 'sms' }))[0].body).toContain('اصلاح');

    // Resubmission lands in the waiting queue again.
    expect((await submit(rejected.id)).ok).toBe(true);
    const again = await listReviewQueue(staff, { q: rejected.nationalCode! });
    expect(again.rows.map((r) => [r.id, r.status])).toEqual([[rejected.id, 'profile_submitted']]);
    expect((await decideApplicant(staff, { accountId: rejected.id, decision: 'approve' })).ok).toBe(true);
  });
});

describe('universities as data and the waiting count', () => {
  test('an admin adds a university; its queue counts waiting applicants through every transition', async () => {
    const { staff: admin } = await enrolledStaff('admin');
    const code = `test-uni-${randomInt(1e9)}`;
    const added = await saveUniversity(admin, { code, nameFa: 'دانشگاه آزمایشی', nameEn: 'Test University' });
    if (!added.ok) throw new Error(`saveUniversity: ${added.reason}`);
    expect(await saveUniversity(admin, { code, nameFa: 'تکراری', nameEn: 'Duplicate' })).toEqual({
      ok: false,
      reason: 'codeTaken',
    });
    const { staff: reviewer } = await enrolledStaff('reviewer', code);
    expect((await listReviewQueue(reviewer)).waiting).toBe(0);

    const applicant = await submittedApplicant(code);
    expect((await listReviewQueue(reviewer)).waiting).toBe(1);
    await decideApplicant(reviewer, {
      accountId: applicant.id,
      decision: 'reject',
      reason: 'مدرک ناخواناست',
    });
    expect((await listReviewQueue(reviewer)).waiting).toBe(0);
    expect((await submit(applicant.id)).ok).toBe(true);
    expect((await listReviewQueue(reviewer)).waiting).toBe(1);
    await decideApplicant(reviewer, { accountId: applicant.id, decision: 'approve' });
    const after = await listReviewQueue(reviewer, { status: 'all' });
    expect(after.waiting).toBe(0);
    expect(after.rows.map((r) => [r.id, r.status])).toEqual([[applicant.id, 'approved']]);

    // Renamed, then deactivated: no longer offered to applicants nor accepted on the profile.
    expect(
      (
        await saveUniversity(admin, {
          id: added.id,
          nameFa: 'دانشگاه آزمایشی نو',
          nameEn: 'New Test University',
        })
      ).ok,
    ).toBe(true);
    expect((await setUniversityActive(admin, added.id, false)).ok).toBe(true);
    expect((await listUniversities()).map((u) => u.id)).not.toContain(added.id);
    const other = await createApplicant();
    expect((await saveStep(other.id, 'personal', PERSONAL_INPUT)).ok).toBe(true);
    expect((await saveStep(other.id, 'education', educationInput(added.id))).ok).toBe(false);
    // A reviewer cannot manage universities.
    expect(await saveUniversity(reviewer, { code: `x-${code}`, nameFa: 'الف', nameEn: 'A' })).toEqual({
      ok: false,
      reason: 'notFound',
    });
  });
});

describe('support desk', () => {
  test('a reviewer answers and closes only their university’s tickets; the applicant is emailed', async () => {
    const { staff: mine } = await enrolledStaff('reviewer', 'demo-university');
    const { staff: other } = await enrolledStaff('reviewer', 'university-of-tehran');
    const applicant = await submittedApplicant('demo-university');
    const opened = await openTicketForm(applicant.id, {
      subject: 'مشکل در ورود',
      message: 'نمی‌توانم کد را دریافت کنم.',
    });
    if (!opened.ok) throw new Error('ticket');
    const { ticketId } = opened.data;

    expect(await getDeskTicket(other, ticketId)).toBeNull();
    expect((await listDeskTickets(other)).rows.map((r) => r.id)).not.toContain(ticketId);
    expect(await answerTicket(other, { ticketId, message: 'پاسخ از دانشگاه دیگر' })).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await closeTicket(other, ticketId)).toEqual({ ok: false, reason: 'notFound' });

    expect((await listDeskTickets(mine)).rows.map((r) => r.id)).toContain(ticketId);
    expect(await answerTicket(mine, { ticketId, message: 'کد را دوباره درخواست کنید.' })).toEqual({
      ok: true,
    });
    const thread = await getDeskTicket(mine, ticketId);
    expect(thread!.ticket.status).toBe('answered');
    expect(thread!.messages.map((m) => m.author)).toEqual(['applicant', 'staff']);
    const [mail] = await listOutbox({ to: applicant.email, channel: 'email' });
    expect(mail.subject).toContain(
      String(thread!.ticket.number).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]),
    );
    expect(await closeTicket(mine, ticketId)).toEqual({ ok: true });
    expect(await answerTicket(mine, { ticketId, message: 'پاسخ پس از بستن' })).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});
