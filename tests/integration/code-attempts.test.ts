/**
 * The five-try cap under concurrency: the try is counted before the comparison (one atomic UPDATE …
 * WHERE attempts < 5 RETURNING), so 50 simultaneous wrong guesses get at most 5 comparisons. Runs on
 * PGlite and, with DATABASE_URL, on PostgreSQL (real concurrent connections).
 */
import { checkCode, issueCode } from '@/lib/verification/codes';
import { setupTestDatabase } from '../helpers/db';

const comparisons = { count: 0 };
jest.mock('@/lib/verification/code', () => {
  const actual = jest.requireActual('@/lib/verification/code');
  return {
    ...actual,
    codeMatches: (...args: Parameters<typeof actual.codeMatches>) => {
      comparisons.count++;
      return actual.codeMatches(...args);
    },
  };
});

setupTestDatabase();
const target = () => `0937${String(Date.now()).slice(-4)}${Math.floor(Math.random() * 1000)}`.slice(0, 11);

test('50 parallel wrong guesses get at most 5 comparisons, then the right code is locked out', async () => {
  const mobile = target();
  const now = new Date();
  const issued = await issueCode('reset-password', mobile, 'sms', now);
  if (!issued.ok) throw new Error('a fresh target has no live code');
  const { code } = issued;
  const wrong = code === '000000' ? '111111' : '000000';
  comparisons.count = 0;
  const results = await Promise.all(
    Array.from({ length: 50 }, () => checkCode('reset-password', mobile, wrong, { now })),
  );
  expect(comparisons.count).toBeLessThanOrEqual(5);
  expect(results.filter((r) => r === 'invalid').length).toBeLessThanOrEqual(4);
  expect(results.every((r) => r === 'invalid' || r === 'locked')).toBe(true);
  expect(await checkCode('reset-password', mobile, code, { now })).toBe('locked');
});

test('a right code gives its try back: four wrong, then right (checked, then consumed) still works', async () => {
  const mobile = target();
  const now = new Date();
  const issued = await issueCode('register-mobile', mobile, 'sms', now);
  if (!issued.ok) throw new Error('a fresh target has no live code');
  const { code } = issued;
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 0; i < 4; i++)
    expect(await checkCode('register-mobile', mobile, wrong, { now })).toBe('invalid');
  expect(await checkCode('register-mobile', mobile, code, { now, consume: false })).toBe('ok');
  expect(await checkCode('register-mobile', mobile, code, { now })).toBe('ok');
  expect(await checkCode('register-mobile', mobile, code, { now })).toBe('missing');
});
