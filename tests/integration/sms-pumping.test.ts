/**
 * SMS pumping: many clients (each within its own limits) asking for codes to one foreign prefix or
 * country, or to anywhere until the portal's phone budget is spent. Runs on the real database with the
 * in-process limiter, or on Redis with REDIS_URL.
 */
import { sendRegistrationCode } from '@/lib/accounts/registration/send-registration-code';
import { resetEnvCache } from '@/lib/env';
import { memoryLimiter, setLimiter } from '@/lib/rate-limit/limiter';
import { closeRedis } from '@/lib/rate-limit/store';
import { setupTestDatabase } from '../helpers/db';
import { listOutbox } from '../helpers/delivery';
import { expectConsoleError } from '../helpers/fail-on-console';

const HUMAN = 'test-human-check';
process.env.CAPTCHA_TEST_ANSWER = HUMAN;
setupTestDatabase();

// Each test gets a fresh in-process limiter, so the shared prefix and budget counters start at zero.
beforeEach(() => setLimiter(memoryLimiter()));
afterAll(async () => {
  setLimiter(undefined);
  delete process.env.SMS_BUDGET_HOURLY;
  resetEnvCache();
  await closeRedis();
});

let n = 0;
const digits = (width: number) =>
  String(Date.now() * 100 + (n++ % 100))
    .slice(-width)
    .padStart(width, '0');

function send(target: string, channel: 'sms' | 'voice' | 'email', client = `client-${n++}`) {
  return sendRegistrationCode({
    channel,
    target,
    locale: 'en',
    clientKey: client,
    host: 'portal.example',
    humanCheck: HUMAN,
  });
}

async function sentTo(targets: string[], channel: 'sms' | 'voice' | 'email'): Promise<number> {
  let total = 0;
  for (const to of targets) total += (await listOutbox({ to, channel })).length;
  return total;
}

test('one foreign prefix from many clients: at most the prefix budget (10 an hour) is sent', async () => {
  // Nigerian MTN numbers, +234 803 …, each from its own client address.
  const targets = Array.from({ length: 25 }, () => `+234803${digits(7)}`);
  const outcomes = [];
  for (const target of targets) outcomes.push(await send(target, 'sms'));
  expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
  expect(outcomes.slice(10).every((o) => !o.ok && o.reason === 'prefixLimited')).toBe(true);
  expect(await sentTo(targets, 'sms')).toBe(10);
});

test('one foreign country across its prefixes: at most the country budget (30 an hour) is sent', async () => {
  const prefixes = ['803', '806', '703', '706', '813', '816', '810', '814'];
  const targets = Array.from({ length: 40 }, (_, i) => `+234${prefixes[i % prefixes.length]}${digits(7)}`);
  const outcomes = [];
  for (const target of targets) outcomes.push(await send(target, 'sms'));
  expect(outcomes.filter((o) => o.ok)).toHaveLength(30);
  expect(await sentTo(targets, 'sms')).toBe(30);
});

test('calls go only where the provider reaches (Iranian numbers)', async () => {
  const foreign = `+447911${digits(6)}`;
  expect(await send(foreign, 'voice')).toEqual({ ok: false, reason: 'voiceUnsupported' });
  expect(await sentTo([foreign], 'voice')).toBe(0);
  const iranian = `0912${digits(7)}`;
  expect((await send(iranian, 'voice')).ok).toBe(true);
});

test('the portal-wide phone budget: refused with a log line to alert on, while email codes still go out', async () => {
  process.env.SMS_BUDGET_HOURLY = '3';
  resetEnvCache();
  try {
    const targets = Array.from({ length: 5 }, () => `0913${digits(7)}`);
    const outcomes = [];
    expectConsoleError(/\[sms-budget\] EXHAUSTED/);
    for (const target of targets) outcomes.push(await send(target, 'sms'));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes[3]).toMatchObject({ ok: false, reason: 'budgetExhausted' });
    expect(await sentTo(targets, 'sms')).toBe(3);
    const email = `budget${digits(6)}@example.ir`;
    expect((await send(email, 'email')).ok).toBe(true);
    expect(await sentTo([email], 'email')).toBe(1);
  } finally {
    delete process.env.SMS_BUDGET_HOURLY;
    resetEnvCache();
  }
});
