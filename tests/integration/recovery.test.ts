import { toPersianDigits } from '@/lib/formats/digits';
import { eq } from 'drizzle-orm';
import { accounts } from '@/db/schema';
import { authenticate } from '@/lib/accounts/sign-in/authenticate';
import { createDevAccount } from '@/lib/accounts/registration/create-dev-account';
import { remindUsername } from '@/lib/accounts/recovery/remind-username';
import { requestPasswordReset } from '@/lib/accounts/recovery/request-password-reset';
import { resetPassword } from '@/lib/accounts/recovery/reset-password';
import { isSessionCurrent } from '@/lib/auth/session-policy';
import { resetEnvCache } from '@/lib/env';
import { listOutbox } from '../helpers/delivery';
import { memoryLimiter, setLimiter } from '@/lib/rate-limit/limiter';
import { closeRedis } from '@/lib/rate-limit/store';
import { setupTestDatabase } from '../helpers/db';
import { expectConsoleError } from '../helpers/fail-on-console';
import { randomValidNationalCode } from '../helpers/national-code';

const HUMAN = 'test-human-check';
process.env.CAPTCHA_TEST_ANSWER = HUMAN;

const getDb = setupTestDatabase();
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

beforeAll(() => setLimiter(undefined));
afterAll(async () => {
  await closeRedis();
});

async function applicant() {
  const nationalCode = randomValidNationalCode();
  const u = unique();
  const mobile = `0935${u.slice(-7)}`;
  const email = `r${u}@example.ir`;
  const result = await createDevAccount({ nationalCode, password: 'Old-password-11', mobile, email });
  if (!result.ok) throw new Error(result.error);
  return { nationalCode, mobile, email, account: result.account };
}

async function latestCode(to: string): Promise<string> {
  const [message] = await listOutbox({ to });
  const match = message?.body.match(/\b(\d{6})\b/);
  if (!match) throw new Error(`no code for ${to}`);
  return match[1];
}

describe('password recovery', () => {
  test('the same answer for an existing and a missing account, and nothing sent for the missing one', async () => {
    const { nationalCode, mobile } = await applicant();
    const now = new Date();
    const existing = await requestPasswordReset(
      {
        identifier: nationalCode,
        channel: 'sms',
        clientHash: `c${unique()}`,
        locale: 'fa',
        humanCheck: HUMAN,
      },
      { now },
    );
    const missing = await requestPasswordReset(
      {
        identifier: randomValidNationalCode(),
        channel: 'sms',
        clientHash: `c${unique()}`,
        locale: 'fa',
        humanCheck: HUMAN,
      },
      { now },
    );
    expect(existing).toEqual(missing);
    expect(existing.ok).toBe(true);
    const sms = await listOutbox({ to: mobile, channel: 'sms' });
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toMatch(/\b\d{6}\b/);
  });

  test('code + new password: password changed, sessions ended, code single use, notification emailed', async () => {
    const { nationalCode, mobile, email, account } = await applicant();
    const client = `c${unique()}`;
    await requestPasswordReset({
      identifier: nationalCode,
      channel: 'sms',
      clientHash: client,
      locale: 'fa',
      humanCheck: HUMAN,
    });
    const code = await latestCode(mobile);
    const wrong = await resetPassword({
      identifier: nationalCode,
      channel: 'sms',
      code: code === '000000' ? '111111' : '000000',
      password: 'Brand-new-pass-77',
      clientHash: client,
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalidCode' });
    const done = await resetPassword({
      identifier: nationalCode,
      channel: 'sms',
      code,
      password: 'Brand-new-pass-77',
      clientHash: client,
    });
    expect(done).toEqual({ ok: true });
    const again = await resetPassword({
      identifier: nationalCode,
      channel: 'sms',
      code,
      password: 'Another-pass-88',
      clientHash: client,
    });
    expect(again).toEqual({ ok: false, reason: 'invalidCode' });

    const db = await getDb();
    const [after] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(after.sessionVersion).toBe(account.sessionVersion + 1);
    expect(after.passwordChangedAt).not.toBeNull();
    // A session issued before the reset carries the old version and is refused.
    const oldSession = { sessionVersion: account.sessionVersion, authTime: Math.floor(Date.now() / 1000) };
    expect(isSessionCurrent(oldSession, after)).toBe(false);

    expect(
      (
        await authenticate({
          identifier: nationalCode,
          password: 'Old-password-11',
          clientHash: `c${unique()}`,
        })
      ).ok,
    ).toBe(false);
    expect(
      (
        await authenticate({
          identifier: nationalCode,
          password: 'Brand-new-pass-77',
          clientHash: `c${unique()}`,
        })
      ).ok,
    ).toBe(true);

    const mails = await listOutbox({ to: email, channel: 'email' });
    expect(mails[0].subject).toContain('رمز عبور');
    expect(mails[0].body).not.toContain('Brand-new-pass-77');
  });

  test('a password containing the national code is refused and the code stays usable', async () => {
    const { nationalCode, mobile } = await applicant();
    const client = `c${unique()}`;
    await requestPasswordReset({
      identifier: nationalCode,
      channel: 'voice',
      clientHash: client,
      locale: 'fa',
      humanCheck: HUMAN,
    });
    const [call] = await listOutbox({ to: mobile, channel: 'voice' });
    const code = call.body.match(/\b(\d{6})\b/)![1];
    const refused = await resetPassword({
      identifier: nationalCode,
      channel: 'voice',
      code,
      password: `x${nationalCode}`,
      clientHash: client,
    });
    expect(refused).toEqual({ ok: false, reason: 'passwordContainsIdentifier' });
    expect(
      await resetPassword({
        identifier: nationalCode,
        channel: 'voice',
        code,
        password: 'Fine-pass-321',
        clientHash: client,
      }),
    ).toEqual({ ok: true });
  });

  test('a second code request within the code lifetime waits, for existing and missing accounts alike', async () => {
    const { nationalCode } = await applicant();
    const ghost = randomValidNationalCode();
    const now = new Date();
    for (const identifier of [nationalCode, ghost]) {
      await requestPasswordReset(
        { identifier, channel: 'email', clientHash: `c${unique()}`, locale: 'en', humanCheck: HUMAN },
        { now },
      );
    }
    const a = await requestPasswordReset(
      {
        identifier: nationalCode,
        channel: 'email',
        clientHash: `c${unique()}`,
        locale: 'en',
        humanCheck: HUMAN,
      },
      { now },
    );
    const b = await requestPasswordReset(
      { identifier: ghost, channel: 'email', clientHash: `c${unique()}`, locale: 'en', humanCheck: HUMAN },
      { now },
    );
    // In memory the wait is exact (300 s); Redis's sliding window reports the end of its current bucket.
    for (const answer of [a, b]) {
      expect(answer).toMatchObject({ ok: false, reason: 'throttled' });
      const wait = (answer as { retryAfterSeconds: number }).retryAfterSeconds;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(300);
    }
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  });

  test('a request whose send is refused does not replace the live code its owner is typing', async () => {
    // A fresh limiter and a portal-wide phone budget of one: the owner's SMS spends it, so the next
    // phone send is refused (a second request that could be sent would wait for the live code instead).
    setLimiter(memoryLimiter());
    process.env.SMS_BUDGET_HOURLY = '1';
    resetEnvCache();
    try {
      const { nationalCode, mobile } = await applicant();
      await requestPasswordReset({
        identifier: nationalCode,
        channel: 'sms',
        clientHash: `c${unique()}`,
        locale: 'fa',
        humanCheck: HUMAN,
      });
      const code = await latestCode(mobile);
      // Someone else asks for a call to the same number: the budget refuses the send, so nothing is
      // issued to the number or queued for it, and the answer is the usual one ...
      expectConsoleError(/\[sms-budget\] EXHAUSTED/);
      const other = await requestPasswordReset({
        identifier: nationalCode,
        channel: 'voice',
        clientHash: `c${unique()}`,
        locale: 'fa',
        humanCheck: HUMAN,
      });
      expect(other.ok).toBe(true);
      expect(await listOutbox({ to: mobile, channel: 'voice' })).toHaveLength(0);
      // ... and the SMS code still works.
      const done = await resetPassword({
        identifier: nationalCode,
        channel: 'sms',
        code,
        password: 'Brand-new-pass-78',
        clientHash: `c${unique()}`,
      });
      expect(done.ok).toBe(true);
    } finally {
      delete process.env.SMS_BUDGET_HOURLY;
      resetEnvCache();
      setLimiter(undefined);
    }
  });
});

describe('forgotten username', () => {
  test('sent to the registered email, found by mobile in Persian digits; same answer for unknown contacts', async () => {
    const { nationalCode, mobile, email } = await applicant();
    const persianMobile = mobile.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    const known = await remindUsername({
      contact: persianMobile,
      clientHash: `c${unique()}`,
      humanCheck: HUMAN,
    });
    const unknown = await remindUsername({
      contact: `nobody${unique()}@example.ir`,
      humanCheck: HUMAN,
      clientHash: `c${unique()}`,
    });
    expect(known).toEqual({ ok: true });
    expect(unknown).toEqual(known);
    const [mail] = await listOutbox({ to: email, channel: 'email' });
    // The username in Persian digits, as every number in a Persian email body.
    expect(mail.body).toContain(toPersianDigits(nationalCode));
    expect(await listOutbox({ to: mobile })).toHaveLength(0);
  });
});
