/**
 * The human check (ALTCHA proof of work) on the server: a solved challenge passes once, only for its
 * purpose, only before it expires, only with the server's signature; the test token only when set.
 * The challenges are solved here the way the browser's worker does (altcha-lib's solver, PBKDF2).
 */
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import {
  createHumanCheck,
  HUMAN_CHECK_TTL_SECONDS,
  verifyHumanCheck,
  type HumanCheckPurpose,
} from '@/lib/captcha';
import { resetEnvCache } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';

setupTestDatabase();

const saved = process.env.CAPTCHA_TEST_ANSWER;
beforeAll(() => {
  delete process.env.CAPTCHA_TEST_ANSWER;
  resetEnvCache();
});
afterAll(() => {
  if (saved !== undefined) process.env.CAPTCHA_TEST_ANSWER = saved;
  resetEnvCache();
});

async function solved(
  purpose: HumanCheckPurpose,
  now?: Date,
): Promise<{ challenge: Challenge; payload: string }> {
  const challenge = await createHumanCheck(purpose, now);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the challenge');
  const payload = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  return { challenge, payload };
}

test('a solved challenge passes once; the same proof again (a replay) is refused', async () => {
  const { payload } = await solved('register');
  expect(await verifyHumanCheck(payload, 'register')).toBe(true);
  expect(await verifyHumanCheck(payload, 'register')).toBe(false);
});

test('two simultaneous uses of one proof: exactly one passes', async () => {
  const { payload } = await solved('login');
  const results = await Promise.all(Array.from({ length: 5 }, () => verifyHumanCheck(payload, 'login')));
  expect(results.filter(Boolean)).toHaveLength(1);
});

test('a proof is bound to its purpose', async () => {
  const { payload } = await solved('login');
  expect(await verifyHumanCheck(payload, 'register')).toBe(false);
  // Refused for the wrong purpose, so it was not spent: it still works where it belongs.
  expect(await verifyHumanCheck(payload, 'login')).toBe(true);
});

test('a wrong derived key, a forged signature or a changed purpose is refused', async () => {
  const { challenge, payload } = await solved('recovery');
  const decoded = JSON.parse(Buffer.from(payload, 'base64').toString()) as {
    challenge: Challenge;
    solution: { counter: number; derivedKey: string };
  };
  const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
  expect(
    await verifyHumanCheck(
      encode({
        ...decoded,
        solution: {
          ...decoded.solution,
          derivedKey: `${decoded.solution.derivedKey.startsWith('00') ? '11' : '00'}${decoded.solution.derivedKey.slice(2)}`,
        },
      }),
      'recovery',
    ),
  ).toBe(false);
  expect(
    await verifyHumanCheck(
      encode({ ...decoded, challenge: { ...challenge, signature: 'AA'.repeat(32) } }),
      'recovery',
    ),
  ).toBe(false);
  const otherPurpose = {
    ...challenge,
    parameters: { ...challenge.parameters, data: { purpose: 'register' } },
  };
  expect(await verifyHumanCheck(encode({ ...decoded, challenge: otherPurpose }), 'register')).toBe(false);
  expect(await verifyHumanCheck(payload, 'recovery')).toBe(true);
});

test('an expired challenge is refused', async () => {
  const issued = new Date(Date.now() - (HUMAN_CHECK_TTL_SECONDS + 60) * 1000);
  const { payload } = await solved('register', issued);
  expect(await verifyHumanCheck(payload, 'register')).toBe(false);
});

test('junk is refused without throwing', async () => {
  for (const junk of [
    undefined,
    null,
    42,
    '',
    'abc',
    'x'.repeat(10_000),
    Buffer.from('{"challenge":1}').toString('base64'),
    '﷽',
  ]) {
    expect(await verifyHumanCheck(junk, 'register')).toBe(false);
  }
});

test('CAPTCHA_TEST_ANSWER is a fixed token that passes (again and again) only when configured', async () => {
  expect(await verifyHumanCheck('e2e-captcha', 'register')).toBe(false);
  process.env.CAPTCHA_TEST_ANSWER = 'e2e-captcha';
  resetEnvCache();
  try {
    expect(await verifyHumanCheck('e2e-captcha', 'register')).toBe(true);
    expect(await verifyHumanCheck('e2e-captcha', 'login')).toBe(true);
    expect(await verifyHumanCheck('e2e-captch', 'login')).toBe(false);
  } finally {
    delete process.env.CAPTCHA_TEST_ANSWER;
    resetEnvCache();
  }
});
