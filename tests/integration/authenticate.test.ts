import { and, eq } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import { authenticate } from '@/lib/accounts/sign-in/authenticate';
import { authenticateStaff } from '@/lib/accounts/sign-in/authenticate-staff';
import { createDevAccount } from '@/lib/accounts/registration/create-dev-account';
import { setLimiter } from '@/lib/rate-limit/limiter';
import { closeRedis } from '@/lib/rate-limit/store';
import { setupTestDatabase } from '../helpers/db';
import { randomValidNationalCode } from '../helpers/national-code';

// The captcha's test answer, as the e2e servers run; real challenges are covered by captcha.test.ts.
process.env.CAPTCHA_TEST_ANSWER = 'e2e-captcha';
const getDb = setupTestDatabase();
const PASSWORD = 'Correct-horse-42';
const toPersian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
const toArabic = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

beforeAll(() => setLimiter(undefined));
afterAll(async () => {
  await closeRedis();
});

async function applicant() {
  const nationalCode = randomValidNationalCode();
  const u = unique();
  const result = await createDevAccount({
    nationalCode,
    password: PASSWORD,
    mobile: `0912${u.slice(-7)}`,
    email: `a${u}@example.ir`,
  });
  if (!result.ok) throw new Error(result.error);
  return { nationalCode, account: result.account };
}

describe('authenticate', () => {
  test('accepts the national code typed in Persian or Arabic digits', async () => {
    const { nationalCode, account } = await applicant();
    const now = new Date();
    const fa = await authenticate(
      { identifier: toPersian(nationalCode), password: PASSWORD, clientHash: `c${unique()}` },
      { now },
    );
    expect(fa).toEqual({ ok: true, account: expect.objectContaining({ id: account.id }) });
    const ar = await authenticate(
      { identifier: ` ${toArabic(nationalCode)} `, password: PASSWORD, clientHash: `c${unique()}` },
      { now },
    );
    expect(ar.ok).toBe(true);
  });

  test('a wrong password and an unknown national code give the identical result', async () => {
    const { nationalCode } = await applicant();
    const wrong = await authenticate({
      identifier: nationalCode,
      password: 'Wrong-pass-1',
      clientHash: `c${unique()}`,
    });
    const unknown = await authenticate({
      identifier: randomValidNationalCode(),
      password: PASSWORD,
      clientHash: `c${unique()}`,
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid', captchaRequired: false });
    expect(unknown).toEqual(wrong);
  });

  test('after three failures the captcha is required and the wait grows', async () => {
    const { nationalCode } = await applicant();
    const client = `c${unique()}`;
    const t0 = new Date('2030-01-01T08:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < 2; i++) {
      const r = await authenticate(
        { identifier: nationalCode, password: 'nope-1234', clientHash: client },
        { now: at(i) },
      );
      expect(r).toEqual({ ok: false, reason: 'invalid', captchaRequired: false });
    }
    const third = await authenticate(
      { identifier: nationalCode, password: 'nope-1234', clientHash: client },
      { now: at(2) },
    );
    expect(third).toEqual({ ok: false, reason: 'invalid', captchaRequired: true });
    // 3 failures: the next try waits 2 s after the last failure.
    const early = await authenticate(
      { identifier: nationalCode, password: PASSWORD, clientHash: client },
      { now: at(3) },
    );
    expect(early).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1, captchaRequired: true });
    // After the wait, even the right password needs the captcha.
    const noCaptcha = await authenticate(
      { identifier: nationalCode, password: PASSWORD, clientHash: client },
      { now: at(10) },
    );
    expect(noCaptcha).toEqual({ ok: false, reason: 'captcha', captchaRequired: true });
    // A fourth failure (with a captcha) makes the next wait 4 s.
    const fourth = await authenticate(
      { identifier: nationalCode, password: 'nope-1234', clientHash: client, captchaAnswer: 'e2e-captcha' },
      { now: at(11) },
    );
    expect(fourth.ok).toBe(false);
    const waiting = await authenticate(
      { identifier: nationalCode, password: PASSWORD, clientHash: client },
      { now: at(12) },
    );
    expect(waiting).toMatchObject({ reason: 'throttled', retryAfterSeconds: 3 });
    // The same throttling applies to a name that does not exist: it reveals nothing.
    const ghost = randomValidNationalCode();
    const ghostClient = `c${unique()}`;
    for (let i = 0; i < 3; i++) {
      await authenticate(
        { identifier: ghost, password: 'nope-1234', clientHash: ghostClient },
        { now: at(i) },
      );
    }
    expect(
      await authenticate(
        { identifier: ghost, password: 'nope-1234', clientHash: ghostClient },
        { now: at(3) },
      ),
    ).toEqual(early);
  });

  test('the captcha also comes after three failures from one address across names', async () => {
    const client = `c${unique()}`;
    const now = new Date('2030-02-01T08:00:00Z');
    for (let i = 0; i < 3; i++) {
      await authenticate(
        { identifier: randomValidNationalCode(), password: 'x-123456', clientHash: client },
        { now },
      );
    }
    const { nationalCode } = await applicant();
    const r = await authenticate(
      { identifier: nationalCode, password: PASSWORD, clientHash: client },
      { now },
    );
    expect(r).toEqual({ ok: false, reason: 'captcha', captchaRequired: true });
    const withCaptcha = await authenticate(
      { identifier: nationalCode, password: PASSWORD, clientHash: client, captchaAnswer: 'e2e-captcha' },
      { now },
    );
    expect(withCaptcha.ok).toBe(true);
  });

  test('every attempt is audited with ids and hashes only', async () => {
    const { nationalCode, account } = await applicant();
    const client = `c${unique()}`;
    const ghost = randomValidNationalCode();
    await authenticate({ identifier: nationalCode, password: 'Wrong-pass-1', clientHash: client });
    await authenticate({ identifier: ghost, password: 'Typed-secret-9', clientHash: client });
    await authenticate({ identifier: nationalCode, password: PASSWORD, clientHash: client });
    const db = await getDb();
    const rows = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.clientHash, client))
      .orderBy(auditEvents.createdAt);
    expect(rows.map((r) => [r.type, r.accountId])).toEqual([
      ['login_failure', account.id],
      ['login_failure', null],
      ['login_success', account.id],
    ]);
    const stored = JSON.stringify(rows);
    for (const secret of [
      nationalCode,
      ghost,
      'Wrong-pass-1',
      'Typed-secret-9',
      PASSWORD,
      account.mobile,
      account.email,
    ]) {
      expect(stored).not.toContain(secret);
    }
  });
});

describe('authenticateStaff', () => {
  test('the seeded demo staff signs in; a wrong password looks like an unknown user', async () => {
    const ok = await authenticateStaff({
      username: 'demo-staff',
      password: 'Demo-Staff-2026',
      clientHash: `c${unique()}`,
    });
    expect(ok).toEqual({
      ok: true,
      staff: expect.objectContaining({ username: 'demo-staff', role: 'reviewer' }),
    });
    const wrong = await authenticateStaff({
      username: 'demo-staff',
      password: 'nope',
      clientHash: `c${unique()}`,
    });
    const unknown = await authenticateStaff({
      username: `ghost-${unique()}`,
      password: 'nope',
      clientHash: `c${unique()}`,
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid', captchaRequired: false });
    expect(unknown).toEqual(wrong);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, 'staff_login_success')))
      .limit(1);
    expect(row.meta).toMatchObject({ staffId: expect.any(String) });
  });
});
