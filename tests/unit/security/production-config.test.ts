import type { Env } from '@/lib/env';
import { productionConfigProblems } from '@/lib/production-config';

/** A complete, safe production configuration; each test takes one thing away. */
const SAFE = {
  NODE_ENV: 'production',
  AUTH_SECRET: 'a'.repeat(40),
  APP_URL: 'https://portal.saorg.ir',
  PORTAL_CLIENT_TOKEN: 'b'.repeat(32),
  KAVENEGAR_API_KEY: 'k',
  RESEND_API_KEY: 'r',
} as unknown as Env;

const without = (...names: Array<keyof Env>): Env => {
  const copy = { ...SAFE } as Record<string, unknown>;
  for (const n of names) delete copy[n];
  return copy as Env;
};

test('a complete production configuration starts', () => {
  expect(productionConfigProblems(SAFE)).toEqual([]);
  expect(productionConfigProblems({ ...without('RESEND_API_KEY'), SMTP_URL: 'smtp://x' } as Env)).toEqual([]);
});

test('development and tests are never refused', () => {
  expect(productionConfigProblems({ NODE_ENV: 'development' } as Env)).toEqual([]);
  expect(productionConfigProblems({ NODE_ENV: 'test' } as Env)).toEqual([]);
});

test.each([
  ['AUTH_SECRET', /AUTH_SECRET is not set.*openssl rand/],
  ['APP_URL', /APP_URL is not set.*public address/],
  ['PORTAL_CLIENT_TOKEN', /npm start.*server\.mjs/],
  ['KAVENEGAR_API_KEY', /KAVENEGAR_API_KEY.*OUTBOX_API=1/],
  ['RESEND_API_KEY', /RESEND_API_KEY or SMTP_URL.*OUTBOX_API=1/],
] as const)('production without %s is refused with a message saying how to fix it', (name, message) => {
  const problems = productionConfigProblems(without(name));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(message);
});

test('without providers only an explicit OUTBOX_API=1 lets production start', () => {
  const noProviders = without('KAVENEGAR_API_KEY', 'RESEND_API_KEY');
  expect(productionConfigProblems(noProviders)).toHaveLength(1);
  expect(productionConfigProblems({ ...noProviders, OUTBOX_API: false } as Env)).toHaveLength(1);
  expect(productionConfigProblems({ ...noProviders, OUTBOX_API: true } as Env)).toEqual([]);
});

test('every problem is reported at once', () => {
  expect(productionConfigProblems({ NODE_ENV: 'production' } as Env)).toHaveLength(4);
});
