import { resetEnvCache } from '@/lib/env';
import { getLimiter, memoryLimiter, setLimiter } from '@/lib/rate-limit/limiter';
import { enforce, resetPolicy } from '@/lib/rate-limit/policies';
import { closeRedis } from '@/lib/rate-limit/store';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

afterAll(async () => {
  await closeRedis();
});

describe('memory limiter (sliding log)', () => {
  test('allows the limit, refuses the next, and frees up as the window slides', async () => {
    const limiter = memoryLimiter();
    const rule = { limit: 3, windowSeconds: 60 };
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect((await limiter.limit('k', rule, t0 + i)).success).toBe(true);
    const refused = await limiter.limit('k', rule, t0 + 10);
    expect(refused.success).toBe(false);
    expect(refused.reset).toBe(t0 + 60_000);
    expect((await limiter.limit('k', rule, t0 + 60_001)).success).toBe(true);
    expect((await limiter.limit('other', rule, t0 + 10)).success).toBe(true);
  });
});

describe(`policies on ${process.env.REDIS_URL ? 'Redis' : 'the in-process limiter'}`, () => {
  beforeAll(() => {
    resetEnvCache();
    setLimiter(undefined);
  });

  // One code per lifetime is the database's rule (register-codes.test.ts); the limiter holds the ceilings.
  test('five codes per target per hour, with the wait time', async () => {
    const key = unique();
    for (let i = 0; i < 5; i++)
      expect(await enforce([{ policy: 'otpSendPerTarget', key }])).toEqual({ ok: true });
    const sixth = await enforce([{ policy: 'otpSendPerTarget', key }]);
    expect(sixth.ok).toBe(false);
    if (!sixth.ok) {
      expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
      expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(3600);
    }
    await resetPolicy('otpSendPerTarget', key);
    expect((await enforce([{ policy: 'otpSendPerTarget', key }])).ok).toBe(true);
  });

  test('keys are independent', async () => {
    const a = unique();
    const b = unique();
    await enforce([{ policy: 'otpSendPerTarget', key: a }]);
    expect((await enforce([{ policy: 'otpSendPerTarget', key: b }])).ok).toBe(true);
  });

  test('the limiter is the one the configuration asks for', async () => {
    const limiter = await getLimiter();
    const rule = { limit: 2, windowSeconds: 30 };
    const key = `probe:${unique()}`;
    expect((await limiter.limit(key, rule)).success).toBe(true);
    expect((await limiter.limit(key, rule)).success).toBe(true);
    expect((await limiter.limit(key, rule)).success).toBe(false);
  });
});
