/**
 * The limiter hashes every subject itself: whatever a caller passes (a mobile, an email, a national
 * code), the key that reaches Redis or the memory map holds none of it in clear.
 */
import { createDevAccount } from '@/lib/accounts/registration/create-dev-account';
import { remindUsername } from '@/lib/accounts/recovery/remind-username';
import { requestPasswordReset } from '@/lib/accounts/recovery/request-password-reset';
import { sendRegistrationCode } from '@/lib/accounts/registration/send-registration-code';
import { memoryLimiter, setLimiter, type Limiter } from '@/lib/rate-limit/limiter';
import { setupTestDatabase } from '../helpers/db';
import { randomValidNationalCode } from '../helpers/national-code';
import { requestContactCode } from '../helpers/as-action';

const HUMAN = 'test-human-check';
process.env.CAPTCHA_TEST_ANSWER = HUMAN;
setupTestDatabase();
const keys: string[] = [];

beforeAll(() => {
  const inner = memoryLimiter();
  const recording: Limiter = {
    limit: (key, rule, now) => {
      keys.push(key);
      return inner.limit(key, rule, now);
    },
    reset: (key, rule) => {
      keys.push(key);
      return inner.reset(key, rule);
    },
  };
  setLimiter(recording);
});
afterAll(() => setLimiter(undefined));

test('no mobile, email or national code reaches a limit key, from any caller', async () => {
  const u = `${Date.now()}`.slice(-7);
  const nationalCode = randomValidNationalCode();
  const mobile = `0938${u}`;
  const email = `keys${u}@example.ir`;
  const created = await createDevAccount({ nationalCode, password: 'Old-password-11', mobile, email });
  if (!created.ok) throw new Error(created.error);
  const newMobile = `0939${u}`;
  const newEmail = `new${u}@example.ir`;

  await sendRegistrationCode({
    channel: 'sms',
    target: `0930${u}`,
    locale: 'fa',
    clientKey: 'client-a',
    nationalCode,
    host: 'localhost',
    humanCheck: HUMAN,
  });
  await sendRegistrationCode({
    channel: 'email',
    target: `reg${u}@example.ir`,
    locale: 'fa',
    clientKey: 'client-a',
    host: 'localhost',
    humanCheck: HUMAN,
  });
  await requestContactCode(
    created.account.id,
    'mobile',
    { newValue: newMobile, currentPassword: 'Old-password-11' },
    { clientKey: 'client-b', humanCheck: HUMAN },
  );
  await requestContactCode(
    created.account.id,
    'email',
    { newValue: newEmail, currentPassword: 'Old-password-11' },
    { clientKey: 'client-b', humanCheck: HUMAN },
  );
  await requestPasswordReset({
    identifier: nationalCode,
    channel: 'sms',
    clientHash: 'client-c',
    locale: 'fa',
    humanCheck: HUMAN,
  });
  await requestPasswordReset({
    identifier: nationalCode,
    channel: 'email',
    clientHash: 'client-c',
    locale: 'fa',
    humanCheck: HUMAN,
  });
  await remindUsername({ contact: mobile, clientHash: 'client-d', humanCheck: HUMAN });

  expect(keys.length).toBeGreaterThan(10);
  const personal = [nationalCode, mobile, email, newMobile, newEmail, `0930${u}`, `reg${u}`, u];
  for (const key of keys) {
    for (const value of personal) expect(key).not.toContain(value);
    expect(key).toMatch(/^[a-zA-Z]+:[A-Za-z0-9_-]{22}$/);
  }
});
