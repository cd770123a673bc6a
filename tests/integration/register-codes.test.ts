import { and, desc, eq } from 'drizzle-orm';
import { outboxMessages } from '@/db/schema';
import { sendRegistrationCode } from '@/lib/accounts/registration/send-registration-code';
import { setLimiter } from '@/lib/rate-limit/limiter';
import { closeRedis } from '@/lib/rate-limit/store';
import { checkCode } from '@/lib/verification/codes';
import { drainDeliveries } from '@/lib/delivery/worker';
import { issueCode } from '@/lib/verification/codes';
import { issueTestCode } from '../helpers/delivery';
import { setupTestDatabase } from '../helpers/db';

// The human check's fixed test token (as the e2e servers run); real proofs are covered by captcha.test.ts.
const HUMAN = 'test-human-check';
process.env.CAPTCHA_TEST_ANSWER = HUMAN;

const getDb = setupTestDatabase();
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const mobileTarget = () => `0936${unique().slice(-7)}`;

beforeAll(() => setLimiter(undefined));
afterAll(async () => {
  await closeRedis();
});

async function latestMessage(to: string, channel: 'sms' | 'voice' | 'email') {
  const db = await getDb();
  await drainDeliveries({ to });
  const [row] = await db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.to, to), eq(outboxMessages.channel, channel)))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  return row;
}

describe('registration codes', () => {
  test('a code expires after its lifetime (injected clock)', async () => {
    const target = mobileTarget();
    const t0 = new Date('2026-01-01T10:00:00Z');
    const { code, expiresAt } = await issueTestCode('register-mobile', target, 'sms', t0);
    expect(expiresAt.getTime() - t0.getTime()).toBe(300_000);
    const justBefore = new Date(expiresAt.getTime() - 1000);
    expect(await checkCode('register-mobile', target, code, { now: justBefore, consume: false })).toBe('ok');
    expect(await checkCode('register-mobile', target, code, { now: expiresAt })).toBe('expired');
  });

  test('five wrong tries lock the code, even for the right one', async () => {
    const target = mobileTarget();
    const now = new Date();
    const { code } = await issueTestCode('register-mobile', target, 'sms', now);
    const wrong = code === '111111' ? '222222' : '111111';
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await checkCode('register-mobile', target, wrong, { now }));
    expect(results).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect(await checkCode('register-mobile', target, code, { now })).toBe('locked');
  });

  test('a used code is refused the second time', async () => {
    const target = mobileTarget();
    const now = new Date();
    const { code } = await issueTestCode('register-email', target, 'email', now);
    expect(await checkCode('register-email', target, code, { now })).toBe('ok');
    expect(await checkCode('register-email', target, code, { now })).toBe('missing');
  });

  test('one live code per target: a second is refused until the first ends, then replaces it', async () => {
    const target = mobileTarget();
    const t0 = new Date('2026-01-01T10:00:00Z');
    const first = await issueTestCode('register-mobile', target, 'sms', t0);
    // Any channel, any moment of the lifetime (the old limiter window let a second one through at its edge).
    for (const offset of [0, 1_000, 299_000, 299_999]) {
      const again = await issueCode('register-mobile', target, 'voice', new Date(t0.getTime() + offset));
      expect(again).toEqual({ ok: false, liveUntil: first.expiresAt });
    }
    expect(await checkCode('register-mobile', target, first.code, { now: t0, consume: false })).toBe('ok');
    const later = first.expiresAt;
    const second = await issueTestCode('register-mobile', target, 'voice', later);
    expect(await checkCode('register-mobile', target, first.code, { now: later, consume: false })).toBe(
      first.code === second.code ? 'ok' : 'invalid',
    );
    expect(await checkCode('register-mobile', target, second.code, { now: later, consume: false })).toBe(
      'ok',
    );
  });

  test('one live code per target holds under concurrent issues', async () => {
    const target = mobileTarget();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => issueCode('register-mobile', target, 'sms', now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  test('sending: SMS in Persian with the WebOTP line, voice and email bodies carry the code', async () => {
    const mobile = mobileTarget();
    const base = {
      locale: 'fa' as const,
      clientKey: `c${unique()}`,
      host: 'portal.example',
      now: new Date(),
      humanCheck: HUMAN,
    };
    const sms = await sendRegistrationCode({ ...base, channel: 'sms', target: mobile });
    expect(sms.ok).toBe(true);
    const smsBody = (await latestMessage(mobile, 'sms')).body;
    const code = /\b(\d{6})\b/.exec(smsBody)![1];
    expect(smsBody).toMatch(/کد فعال‌سازی/);
    expect(smsBody.endsWith(`@portal.example #${code}`)).toBe(true);
    expect(await checkCode('register-mobile', mobile, code, { consume: false })).toBe('ok');

    const other = mobileTarget();
    expect((await sendRegistrationCode({ ...base, channel: 'voice', target: other })).ok).toBe(true);
    const voiceBody = (await latestMessage(other, 'voice')).body;
    // The outbox contract: the code as one ASCII run; and spelled digit by digit for the listener.
    const voiceCode = /\b(\d{6})\b/.exec(voiceBody)![1];
    expect(voiceBody).toContain(voiceCode.split('').join('، '));
    expect(await checkCode('register-mobile', other, voiceCode, { consume: false })).toBe('ok');

    const email = `codes.${unique()}@example.com`;
    expect((await sendRegistrationCode({ ...base, locale: 'en', channel: 'email', target: email })).ok).toBe(
      true,
    );
    const mail = await latestMessage(email, 'email');
    expect(mail.subject).toMatch(/verification code/);
    expect(mail.body).toMatch(/\b\d{6}\b/);
  });

  test('a second code to the same mobile within its lifetime is refused with the wait', async () => {
    const mobile = mobileTarget();
    const base = {
      locale: 'fa' as const,
      clientKey: `c${unique()}`,
      host: 'h',
      channel: 'sms' as const,
      humanCheck: HUMAN,
    };
    const now = new Date();
    expect((await sendRegistrationCode({ ...base, target: mobile, now })).ok).toBe(true);
    const again = await sendRegistrationCode({ ...base, channel: 'voice', target: mobile, now });
    expect(again).toMatchObject({ ok: false, reason: 'rateLimited' });
    if (!again.ok && again.reason === 'rateLimited') {
      expect(again.retryAfterSeconds).toBeGreaterThan(0);
      expect(again.retryAfterSeconds).toBeLessThanOrEqual(300);
    }
  });

  test('one client address cannot pump codes to many numbers', async () => {
    const clientKey = `pump${unique()}`;
    const now = new Date();
    const outcomes = [];
    for (let i = 0; i < 21; i++)
      outcomes.push(
        await sendRegistrationCode({
          channel: 'sms',
          target: mobileTarget(),
          locale: 'fa',
          clientKey,
          host: 'h',
          now,
          humanCheck: HUMAN,
        }),
      );
    expect(outcomes.slice(0, 20).every((o) => o.ok)).toBe(true);
    expect(outcomes[20]).toMatchObject({ ok: false, reason: 'rateLimited' });
  });

  test('codes for one national code are limited across mobiles', async () => {
    const nationalCode = `nc${unique()}`;
    const now = new Date();
    const outcomes = [];
    for (let i = 0; i < 11; i++)
      outcomes.push(
        await sendRegistrationCode({
          channel: 'sms',
          target: mobileTarget(),
          locale: 'fa',
          clientKey: `c${unique()}`,
          nationalCode,
          host: 'h',
          now,
          humanCheck: HUMAN,
        }),
      );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
    expect(outcomes[10].ok).toBe(false);
  });
});
