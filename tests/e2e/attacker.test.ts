/**
 * The audit's attacks, replayed against real production servers (`node server.mjs`, NODE_ENV=production,
 * no CAPTCHA_TEST_ANSWER): forged client-address headers, replayed human-check proofs, the old image
 * captcha, a copied session cookie after sign-out, and unsafe production starts.
 *
 * It starts its own servers (E2E_EXTRA_PORT, default E2E_PORT + 2, and the next port) so its spent
 * limits never reach the other suites' servers.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Browser } from 'playwright-core';
import { findAction, invokeAction } from '../../scripts/lib/actions.mjs';
import { startServer } from '../../scripts/lib/server.mjs';
import { randomValidNationalCode } from '../helpers/national-code';
import { launch, readOutbox } from './helpers';

const basePort = Number(process.env.E2E_EXTRA_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
type Server = Awaited<ReturnType<typeof startServer>>;
let direct: Server;
let proxied: Server;
let browser: Browser;

before(async () => {
  // A production configuration: the human check is real (no test token).
  [direct, proxied] = await Promise.all([
    startServer(basePort, { CAPTCHA_TEST_ANSWER: undefined }),
    startServer(basePort + 1, { CAPTCHA_TEST_ANSWER: undefined, TRUST_PROXY_HOPS: '1' }),
  ]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

const sendAction = () => {
  const id = findAction('sendRegistrationCodeAction');
  assert.ok(id, 'sendRegistrationCodeAction is in the build');
  return id;
};
let mobileSeq = 0;
const newMobile = () =>
  `0935${String((Date.now() % 100_000) * 100 + (mobileSeq++ % 100))
    .padStart(7, '0')
    .slice(-7)}`;

/** What the browser's worker does: fetch a challenge and find its counter (PBKDF2, ~1 s of one core). */
async function solveHumanCheck(baseUrl: string, purpose: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/api/altcha?purpose=${purpose}`, { headers });
  assert.equal(res.status, 200, `challenge: ${res.status}`);
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

async function requestCode(
  server: Server,
  mobile: string,
  altcha: string,
  headers: Record<string, string>,
): Promise<{ ok: boolean; message?: string }> {
  const answer = await invokeAction(
    server.url,
    '/fa/register',
    sendAction(),
    [{ channel: 'sms', mobile, altcha }],
    headers,
  );
  assert.equal(answer.status, 200, `action answered ${answer.status}`);
  return answer.value as { ok: boolean; message?: string };
}

describe('forged client addresses', () => {
  test('reached directly: forged X-Real-IP / X-Forwarded-For on every request cannot pass the per-client code limit', async () => {
    const outcomes: boolean[] = [];
    const mobiles: string[] = [];
    for (let i = 0; i < 22; i++) {
      const forged = {
        'x-real-ip': `203.0.113.${i + 1}`,
        'x-forwarded-for': `198.51.100.${i + 1}, 192.0.2.${i + 1}`,
      };
      const mobile = newMobile();
      mobiles.push(mobile);
      const proof = await solveHumanCheck(direct.url, 'register', forged);
      outcomes.push((await requestCode(direct, mobile, proof, forged)).ok);
    }
    // otpSendPerClient allows 20 codes an hour from one client, whatever its headers say.
    assert.deepEqual(outcomes.slice(0, 20), Array(20).fill(true));
    assert.deepEqual(outcomes.slice(20), [false, false]);
    let sent = 0;
    for (const m of mobiles) sent += (await readOutbox(m, 'sms', direct.url)).length;
    assert.equal(sent, 20, 'exactly 20 SMS left the server');
  });

  test('behind one trusted proxy: only the address the proxy appended counts', async () => {
    const client = '198.51.100.77';
    const outcomes: boolean[] = [];
    for (let i = 0; i < 21; i++) {
      // The client forges X-Real-IP and a left part of X-Forwarded-For; the proxy appends what it saw.
      const headers = {
        'x-real-ip': `203.0.113.${i + 1}`,
        'x-forwarded-for': `203.0.114.${i + 1}, ${client}`,
      };
      const proof = await solveHumanCheck(proxied.url, 'register', headers);
      outcomes.push((await requestCode(proxied, newMobile(), proof, headers)).ok);
    }
    assert.deepEqual(outcomes, [...Array(20).fill(true), false]);
    // Another client behind the same proxy has its own budget.
    const other = { 'x-forwarded-for': '198.51.100.78' };
    const proof = await solveHumanCheck(proxied.url, 'register', other);
    assert.equal((await requestCode(proxied, newMobile(), proof, other)).ok, true);
  });
});

describe('the human check', () => {
  test('a replayed or reused proof is refused, and so is one solved for another purpose', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.90' };
    const proof = await solveHumanCheck(proxied.url, 'register', headers);
    assert.equal((await requestCode(proxied, newMobile(), proof, headers)).ok, true);
    const replay = await requestCode(proxied, newMobile(), proof, headers);
    assert.equal(replay.ok, false);
    assert.match(replay.message ?? '', /من ربات نیستم/);
    const forLogin = await solveHumanCheck(proxied.url, 'login', headers);
    assert.equal((await requestCode(proxied, newMobile(), forLogin, headers)).ok, false);
    assert.equal((await requestCode(proxied, newMobile(), '', headers)).ok, false);
    // The fixed test token means nothing on a production server without CAPTCHA_TEST_ANSWER.
    assert.equal((await requestCode(proxied, newMobile(), 'e2e-captcha', headers)).ok, false);
    const health = (await (await fetch(`${proxied.url}/api/health`)).json()) as { testMode?: boolean };
    assert.equal(health.testMode, undefined);
  });

  test('the old image captcha is gone: no image route, no image or answer field, no solver dependency', async () => {
    assert.equal((await fetch(`${direct.url}/api/captcha`)).status, 404);
    const html = await (await fetch(`${direct.url}/fa/register`)).text();
    for (const gone of ['captcha-image', 'captchaId', 'name="captcha"', 'تصویر امنیتی'])
      assert.equal(html.includes(gone), false, `${gone} is gone`);
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.equal(pkg.dependencies['svg-captcha'], undefined);
  });
});

describe('sessions', () => {
  test('after sign-out, a copied session cookie no longer works', async () => {
    const password = 'Copied-cookie-2026';
    const nationalCode = randomValidNationalCode();
    const res = await fetch(`${direct.url}/api/dev/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: direct.url },
      body: JSON.stringify({
        nationalCode,
        password,
        mobile: newMobile(),
        email: `cookie${nationalCode}@example.ir`,
        firstName: 'سارا',
        lastName: 'رضایی',
      }),
    });
    assert.equal(res.status, 201);
    const context = await browser.newContext({ baseURL: direct.url });
    const page = await context.newPage();
    await page.goto('/fa/login');
    await page.locator('input[name="nationalCode"]').fill(nationalCode);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'ورود' }).click();
    await page.waitForURL(/\/fa\/dashboard$/);
    const copied = await context.cookies();
    await page
      .getByRole('navigation', { name: 'ورود و ثبت نام' })
      .getByRole('button', { name: 'خروج' })
      .click();
    await page.waitForURL(/\/fa$/);
    await context.close();

    const thief = await browser.newContext({ baseURL: direct.url });
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/fa/dashboard');
    await stolen.waitForURL(/\/fa\/login/);
    await thief.close();
  });
});

describe('unsafe production starts', () => {
  /** Starts server.mjs in production with `env` and returns its exit code and output (it must not serve). */
  function startAndWait(
    env: Record<string, string | undefined>,
  ): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const clean: Record<string, string> = {};
      for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) clean[k] = v;
      const child = spawn(process.execPath, ['server.mjs'], {
        cwd: process.cwd(),
        env: clean as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`still running after 90 s:\n${output}`));
      }, 90_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  test('without AUTH_SECRET, APP_URL and providers, production refuses to start and says how to fix it', async () => {
    const { code, output } = await startAndWait({
      NODE_ENV: 'production',
      PORT: String(basePort + 2),
      DATA_DIR: path.join(process.cwd(), '.data-refused-start'),
      PGLITE_DIR: 'memory://',
      AUTH_SECRET: undefined,
      APP_URL: undefined,
      AUTH_URL: undefined,
      OUTBOX_API: undefined,
      KAVENEGAR_API_KEY: undefined,
      RESEND_API_KEY: undefined,
      SMTP_URL: undefined,
      CAPTCHA_TEST_ANSWER: undefined,
    });
    assert.equal(code, 1, output);
    assert.match(output, /refuses to start in production/);
    assert.match(output, /AUTH_SECRET is not set/);
    assert.match(output, /APP_URL is not set/);
    assert.match(output, /OUTBOX_API=1/);
  });
});
