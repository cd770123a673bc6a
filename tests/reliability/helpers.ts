/**
 * Shared pieces of the multi-process reliability tests (`npm run test:reliability`): servers started
 * with scripts/lib/server.mjs, a Redis each test starts and stops on its own port, and the portal's
 * server actions called over HTTP the way the browser calls them.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  asForm,
  findAction,
  invokeAction,
  registrationFields as registrationForm,
  validNationalCode,
} from '../../scripts/lib/actions.mjs';

export { sleep, validNationalCode };

export const RULES_VERSION = '1404-01';
export const CAPTCHA = process.env.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha';
export const PASSWORD = 'Reliable-pass-1405';

/** Ports of this suite: RELIABILITY_PORT (default 4400) and the next ones. */
export const PORT_BASE = Number(process.env.RELIABILITY_PORT ?? 4400);

let counter = 0;
export const unique = () => `${Date.now() % 1e7}${(counter += 1)}${Math.floor(Math.random() * 100)}`;
export const newMobile = () => `0912${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
export const newEmail = () => `rel-${unique()}@example.com`;

/** A Redis server of the test's own, on its own port, keeping nothing on disk. */
export function startRedis(port: number): { url: string; stop: () => void; start: () => void } {
  const start = () => {
    const r = spawnSync('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
    ]);
    if (r.status !== 0) throw new Error(`redis-server on ${port} did not start: ${r.stderr}`);
    for (let i = 0; i < 50; i++) {
      if (
        spawnSync('redis-cli', ['-p', String(port), 'ping'])
          .stdout?.toString()
          .trim() === 'PONG'
      )
        return;
      spawnSync('sleep', ['0.1']);
    }
    throw new Error(`redis-server on ${port} does not answer`);
  };
  const stop = () => {
    spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
  };
  stop();
  start();
  return { url: `redis://127.0.0.1:${port}/0`, stop, start };
}

export interface OutboxEntry {
  id: string;
  channel: string;
  to: string;
  subject: string | null;
  body: string;
}

export async function readOutbox(url: string, to: string, channel?: string): Promise<OutboxEntry[]> {
  const params = new URLSearchParams({ to, ...(channel ? { channel } : {}) });
  const res = await fetch(`${url}/api/dev/outbox?${params}`);
  if (!res.ok) throw new Error(`outbox answered ${res.status}`);
  return (await res.json()) as OutboxEntry[];
}

/** Waits for a message to `to` matching `test`, up to `ms`. */
export async function waitForMessage(
  url: string,
  to: string,
  channel: string,
  test: (m: OutboxEntry) => boolean = () => true,
  ms = 10_000,
): Promise<OutboxEntry | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = (await readOutbox(url, to, channel)).find(test);
    if (found || Date.now() > deadline) return found;
    await sleep(100);
  }
}

export const codeOf = (m: { body: string } | undefined) => m?.body.match(/\b(\d{6})\b/)?.[1];

function action(name: string): string {
  const id = findAction(name);
  if (!id) throw new Error(`server action ${name} is not in this build`);
  return id;
}

export interface ActionAnswer {
  status: number;
  value?: Record<string, unknown> & { ok?: boolean; message?: string };
  text: string;
  headers?: Headers;
}

/** sendRegistrationCodeAction over HTTP, as the registration page calls it. */
export async function sendCode(
  url: string,
  request: { channel: 'sms' | 'voice' | 'email'; mobile?: string; email?: string; nationalCode?: string },
): Promise<ActionAnswer> {
  return (await invokeAction(url, '/fa/register', action('sendRegistrationCodeAction'), [
    { ...request, altcha: CAPTCHA },
  ])) as ActionAnswer;
}

export function registrationFields(a: {
  nationalCode: string;
  mobile: string;
  email: string;
  mobileCode: string;
  emailCode: string;
}): Record<string, string> {
  return registrationForm(a, { rulesVersion: RULES_VERSION, password: PASSWORD, altcha: CAPTCHA });
}

export async function register(url: string, fields: Record<string, string>): Promise<ActionAnswer> {
  return (await invokeAction(url, '/fa/register', action('registerAction'), [
    null,
    asForm(fields),
  ])) as ActionAnswer;
}

/**
 * loginAction over HTTP; on success the answer sets the session cookie, returned here
 * as a Cookie header value (empty when the sign-in was refused).
 */
export async function login(url: string, nationalCode: string, password = PASSWORD): Promise<string> {
  const id = action('loginAction');
  const form = new FormData();
  form.append('_1_nationalCode', nationalCode);
  form.append('_1_password', password);
  form.append('_1_locale', 'fa');
  form.append('0', JSON.stringify(['$undefined', '$K1']));
  const res = await fetch(`${url}/fa/login`, {
    method: 'POST',
    headers: { 'next-action': id, origin: url, accept: 'text/x-component' },
    body: form,
    redirect: 'manual',
  });
  await res.text();
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => /session-token=/.test(c))
    .join('; ');
}

/** Whether a session cookie opens the dashboard (a signed-out visitor is sent to the login page). */
export async function dashboardOpens(url: string, cookie: string): Promise<boolean> {
  const res = await fetch(`${url}/fa/dashboard`, { headers: { cookie }, redirect: 'manual' });
  await res.text();
  return res.status === 200;
}

/** A dev account (verified mobile and email) created through the dev API of a test server. */
export async function createAccount(
  url: string,
): Promise<{ nationalCode: string; mobile: string; email: string }> {
  const a = { nationalCode: validNationalCode(), mobile: newMobile(), email: newEmail() };
  const res = await fetch(`${url}/api/dev/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ ...a, password: PASSWORD, status: 'pre_registered' }),
  });
  if (res.status !== 201) throw new Error(`dev account: ${res.status} ${await res.text()}`);
  return a;
}

/** Codes for a registration through the outbox of `url` (the SMS and the email code). */
export async function registrationCodes(
  url: string,
  a: { nationalCode: string; mobile: string; email: string },
) {
  const sms = await sendCode(url, { channel: 'sms', mobile: a.mobile, nationalCode: a.nationalCode });
  const mail = await sendCode(url, { channel: 'email', email: a.email, nationalCode: a.nationalCode });
  if (!sms.value?.ok || !mail.value?.ok) throw new Error(`code request refused: ${sms.text} ${mail.text}`);
  const mobileCode = codeOf(await waitForMessage(url, a.mobile, 'sms'));
  const emailCode = codeOf(await waitForMessage(url, a.email, 'email'));
  if (!mobileCode || !emailCode) throw new Error('codes did not reach the outbox');
  return { mobileCode, emailCode };
}
