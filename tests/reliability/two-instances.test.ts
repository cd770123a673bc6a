/**
 * Two `npm start` instances on the machine's PostgreSQL and Redis: a code sent through A
 * is accepted on B, a session from A works on B, limits are shared, the delivery queue sends each
 * message once, and two purges at once touch each overdue account once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import postgres from 'postgres';
import { root, startServer, stopAll } from '../../scripts/lib/server.mjs';
import {
  codeOf,
  createAccount,
  dashboardOpens,
  login,
  newEmail,
  newMobile,
  PORT_BASE,
  readOutbox,
  register,
  registrationFields,
  sendCode,
  validNationalCode,
  waitForMessage,
} from './helpers';

const DATABASE_URL = process.env.RELIABILITY_DATABASE_URL!;
const REDIS_URL = process.env.RELIABILITY_REDIS_URL!;
type Server = { url: string; stop: () => Promise<void> };
let a: Server;
let b: Server;

before(async () => {
  const env = { DATABASE_URL, REDIS_URL, PURGE_TIMER: '0' };
  // Started together: both migrate under the advisory lock, one wins, the other waits.
  [a, b] = await Promise.all([
    startServer(PORT_BASE, env, { name: 'reliability-a' }),
    startServer(PORT_BASE + 1, env, { name: 'reliability-b' }),
  ]);
  // As a load balancer would: an instance takes traffic once it is ready (database and Redis
  // answer), not merely alive. An instance whose store never answers fails here, saying so (CI once
  // saw instance A refuse every code with the store unavailable while B, started with it, worked).
  await Promise.all([untilReady(a.url), untilReady(b.url)]);
});

async function untilReady(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/api/health/ready`).catch(() => undefined);
    const body = res ? await res.text() : 'no answer';
    // Ready, and with Redis itself answering (without REDIS_REQUIRED a missing store is only "degraded").
    if (res?.status === 200 && (JSON.parse(body) as { checks?: { redis?: string } }).checks?.redis === 'ok')
      return;
    last = `${res?.status ?? ''} ${body}`;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never became ready: ${last}`);
}
after(() => stopAll());

describe('two instances on one PostgreSQL and one Redis', () => {
  test('a code sent through A registers on B; the session from A works on B', async () => {
    const who = { nationalCode: validNationalCode(), mobile: newMobile(), email: newEmail() };
    for (const request of [
      { channel: 'sms', mobile: who.mobile },
      { channel: 'email', email: who.email },
    ] as const) {
      const sent = await sendCode(a.url, request);
      assert.equal(
        sent.value?.ok,
        true,
        `${request.channel} code from A: ${sent.status} ${sent.text.slice(0, 300)}`,
      );
    }
    const mobileCode = codeOf(await waitForMessage(a.url, who.mobile, 'sms'));
    const emailCode = codeOf(await waitForMessage(b.url, who.email, 'email'));
    assert.ok(mobileCode && emailCode, 'both codes reached the outbox');
    // The code is live on both: B refuses a second one while A's is valid (one live code per target).
    const again = await sendCode(b.url, { channel: 'voice', mobile: who.mobile });
    assert.equal(again.value?.ok, false);
    const answer = await register(b.url, registrationFields({ ...who, mobileCode, emailCode }));
    assert.equal(answer.value?.ok, true, answer.text.slice(0, 300));
    // The welcome email went out exactly once, whichever instance's worker took it.
    const welcome = await waitForMessage(a.url, who.email, 'email', (m) => m.body.includes('/fa/login'));
    assert.ok(welcome, 'welcome email');
    await new Promise((r) => setTimeout(r, 1_500));
    const welcomes = (await readOutbox(b.url, who.email, 'email')).filter((m) =>
      m.body.includes('/fa/login'),
    );
    assert.equal(welcomes.length, 1);

    const cookie = await login(a.url, who.nationalCode);
    assert.ok(cookie, 'signed in on A');
    assert.equal(await dashboardOpens(b.url, cookie), true, 'the session from A opens the dashboard on B');
  });

  test('limits are shared: the per-client code limit counts requests on both instances', async () => {
    // 20 codes an hour per client address; this suite is one client (127.0.0.1) for both instances.
    let accepted = 0;
    let refused: string | undefined;
    for (let i = 0; i < 24; i++) {
      const server = i % 2 ? b : a;
      const answer = await sendCode(server.url, { channel: 'email', email: newEmail() });
      if (answer.value?.ok) accepted += 1;
      else refused ??= `${i % 2 ? 'B' : 'A'}: ${answer.value?.message ?? answer.text.slice(0, 300)}`;
    }
    // Two codes of the first test came from this client too.
    assert.equal(accepted, 18, `accepted ${accepted}; first refusal ${refused}`);
    assert.match(refused ?? '', /\d|[۰-۹]/, 'the refusal says how long to wait');
  });

  test('two purges at once delete each overdue account once and leave one tombstone', async () => {
    const accounts = await Promise.all([createAccount(a.url), createAccount(b.url), createAccount(a.url)]);
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    try {
      await sql`update accounts set completion_deadline = now() - interval '1 day' where username in ${sql(
        accounts.map((x) => x.nationalCode),
      )}`;
      const purge = () =>
        new Promise<number>((resolve) => {
          const child = spawn('npm', ['run', '--silent', 'accounts:purge'], {
            cwd: root,
            env: { ...process.env, DATABASE_URL, REDIS_URL },
            stdio: 'ignore',
          });
          child.on('exit', (code) => resolve(code ?? 1));
        });
      assert.deepEqual(await Promise.all([purge(), purge()]), [0, 0]);
      const [{ left }] = await sql`select count(*)::int as left from accounts where username in ${sql(
        accounts.map((x) => x.nationalCode),
      )}`;
      assert.equal(left, 0);
      // One tombstone per account (the HMAC of its username, as lib/accounts/lifecycle/purge-incomplete.ts writes it).
      const hashes = accounts.map((x) =>
        createHmac('sha256', process.env.AUTH_SECRET!)
          .update(`tombstone\u0000${x.nationalCode}`)
          .digest('base64url'),
      );
      const rows =
        await sql`select username_hash from account_tombstones where username_hash in ${sql(hashes)}`;
      assert.deepEqual(rows.map((r) => r.username_hash).sort(), [...hashes].sort());
    } finally {
      await sql.end();
    }
  });
});
