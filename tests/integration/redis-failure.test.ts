import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resetEnvCache } from '@/lib/env';
import { setLimiter } from '@/lib/rate-limit/limiter';
import { enforce, onStoreFailure, STORE_UNAVAILABLE_RETRY_SECONDS } from '@/lib/rate-limit/policies';
import { closeRedis, pingStore } from '@/lib/rate-limit/store';
import { refusedPort } from '../helpers/fake-providers';

/**
 * Redis that refuses connections, and Redis that accepts and never answers: every call is
 * bounded, code sends are refused (money and guessing at stake), sign-in limits fall back to the
 * database-backed throttle, and nothing waits on Redis for long.
 */
const saved = process.env.REDIS_URL;
const sockets = new Set<Socket>();
let mute: Server;

async function useRedis(url: string) {
  await closeRedis();
  process.env.REDIS_URL = url;
  resetEnvCache();
  setLimiter(undefined);
}

beforeAll(async () => {
  mute = createServer((s) => {
    sockets.add(s);
  });
  await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
});

afterAll(async () => {
  await closeRedis();
  for (const s of sockets) s.destroy();
  mute.close();
  if (saved === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = saved;
  resetEnvCache();
  setLimiter(undefined);
});

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = Date.now();
  const value = await work();
  return [value, Date.now() - t0];
};

describe.each([
  ['refuses connections', async () => `redis://127.0.0.1:${await refusedPort()}`],
  ['accepts and never answers', async () => `redis://127.0.0.1:${(mute.address() as AddressInfo).port}`],
])('Redis that %s', (_label, url) => {
  beforeAll(async () => useRedis(await url()));

  test('code sends are refused as unavailable, within a second', async () => {
    const [outcome, ms] = await timed(() =>
      enforce([
        { policy: 'otpSendPerTarget', key: 'k1' },
        { policy: 'otpSendPerClient', key: 'c1' },
      ]),
    );
    expect(outcome).toEqual({
      ok: false,
      retryAfterSeconds: STORE_UNAVAILABLE_RETRY_SECONDS,
      unavailable: true,
    });
    expect(ms).toBeLessThan(5_000); // bounded, not hung (the bound itself is 500 ms; a loaded CI is slower)
  });

  test('sign-in limits let the attempt through to the database-backed throttle', async () => {
    const [outcome, ms] = await timed(() =>
      enforce([
        { policy: 'loginPerAccount', key: 'a1' },
        { policy: 'loginPerClient', key: 'c1' },
      ]),
    );
    expect(outcome).toEqual({ ok: true });
    expect(ms).toBeLessThan(5_000); // bounded, not hung (the bound itself is 500 ms; a loaded CI is slower)
  });

  test('the health check reports it within its bound', async () => {
    const [state, ms] = await timed(() => pingStore());
    expect(state).toBe('error');
    expect(ms).toBeLessThan(5_000); // bounded, not hung (the bound itself is 500 ms; a loaded CI is slower)
  });
});

test('every policy declares what happens when Redis fails; money and guessing refuse', () => {
  expect(onStoreFailure).toMatchObject({
    otpSendPerTarget: 'refuse',
    otpSendPerClient: 'refuse',
    otpSendPerNationalCode: 'refuse',
    recoveryPerClient: 'refuse',
    loginPerAccount: 'allow',
    loginPerClient: 'allow',
  });
});
