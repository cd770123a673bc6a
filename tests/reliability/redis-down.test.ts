/**
 * Redis stops under a running instance: sign-in still works (the database-backed throttle
 * holds), code sends are refused at once with a clear message, readiness reports Redis as degraded,
 * and nothing accepted is lost. When Redis comes back, codes go out again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, stopAll } from '../../scripts/lib/server.mjs';
import {
  codeOf,
  createAccount,
  dashboardOpens,
  login,
  newEmail,
  newMobile,
  PORT_BASE,
  register,
  registrationCodes,
  registrationFields,
  sendCode,
  startRedis,
  validNationalCode,
  waitForMessage,
} from './helpers';

const REDIS_PORT = Number(process.env.RELIABILITY_REDIS_PORT ?? 6390);
let redis: ReturnType<typeof startRedis>;
let server: { url: string };

before(async () => {
  redis = startRedis(REDIS_PORT);
  server = await startServer(PORT_BASE + 2, { REDIS_URL: redis.url }, { name: 'reliability-redis-down' });
});
after(() => {
  stopAll();
  redis.stop();
});

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = Date.now();
  const value = await work();
  return [value, Date.now() - t0];
};

describe('Redis stopped', () => {
  test('sign-in works, code sends refuse quickly and clearly, accepted work is kept', async () => {
    const account = await createAccount(server.url);
    // A registration half-way: both codes sent while Redis was up.
    const pending = { nationalCode: validNationalCode(), mobile: newMobile(), email: newEmail() };
    const codes = await registrationCodes(server.url, pending);

    redis.stop();

    const live = await fetch(`${server.url}/api/health/live`);
    assert.equal(live.status, 200);
    const [ready, readyMs] = await timed(() => fetch(`${server.url}/api/health/ready`));
    assert.equal(ready.status, 200, 'Redis down is degraded, not fatal');
    assert.deepEqual(((await ready.json()) as { checks: unknown }).checks, {
      database: 'ok',
      redis: 'degraded',
    });
    assert.ok(readyMs < 2_000, `readiness answered in ${readyMs} ms`);
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { status: string }).status, 'degraded');

    const [cookie, loginMs] = await timed(() => login(server.url, account.nationalCode));
    assert.ok(cookie, 'signed in without Redis');
    assert.equal(await dashboardOpens(server.url, cookie), true);
    console.info(`# sign-in without Redis: ${loginMs} ms`);

    const target = newMobile();
    const [refused, refusedMs] = await timed(() => sendCode(server.url, { channel: 'sms', mobile: target }));
    assert.equal(refused.value?.ok, false);
    assert.match(String(refused.value?.message), /ارسال کد در این لحظه ممکن نیست/);
    assert.ok(refusedMs < 2_000, `refused in ${refusedMs} ms`);
    console.info(`# code request without Redis refused in ${refusedMs} ms`);
    assert.equal(
      await waitForMessage(server.url, target, 'sms', undefined, 1_000),
      undefined,
      'nothing sent',
    );

    // The registration started before the outage completes, and its welcome email is sent.
    const answer = await register(server.url, registrationFields({ ...pending, ...codes }));
    assert.equal(answer.value?.ok, true, answer.text.slice(0, 300));
    assert.ok(await waitForMessage(server.url, pending.email, 'email', (m) => m.body.includes('/fa/login')));

    redis.start();
    // The client reconnects in the background; code sends work again within a few seconds.
    let back = false;
    const again = newMobile();
    for (let i = 0; i < 40 && !back; i++) {
      back = (await sendCode(server.url, { channel: 'sms', mobile: again })).value?.ok === true;
      if (!back) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(back, 'codes are sent again once Redis is back');
    assert.ok(codeOf(await waitForMessage(server.url, again, 'sms')));
  });
});
