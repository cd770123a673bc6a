/**
 * Sign-in and session costs (issue 12): each goal is a ratio within this run, or a p99.
 */
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { baseEnv, root } from '../lib/server.mjs';
import { asForm, findAction, invokeAction, validNationalCode } from '../lib/actions.mjs';
import {
  AUTH_GOALS,
  mean,
  CAPTCHA,
  SECONDS,
  codeIn,
  fmt,
  load,
  outbox,
  registrationFields,
  safeFetch,
  section,
  spreadMobile,
  uniq,
} from './common.mjs';

export const authGoals = [];
/** A goal of AUTH_GOALS: printed PASS or MISS with its measured value, kept for the comparison table. */
export function authGoal(key, name, value, target, ok, detail) {
  authGoals.push({ key, name, value, target, status: ok ? 'PASS' : 'MISS', detail });
  console.info(`  ${(ok ? 'PASS' : 'MISS').padEnd(4)} ${name}: ${detail}`);
}

export const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

/**
 * `connections` workers each sending their next request as soon as the previous one answered, for
 * SECONDS (or until `next` has no more work): what autocannon does, for requests that each need their
 * own body (a fresh code, a fresh address). `next(worker)` resolves to { ok, status } or null.
 */
export async function closedLoop(connections, next) {
  const latencies = [];
  let ok = 0;
  let failed = 0;
  let fivexx = 0;
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  let last = t0;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < end) {
        const t = performance.now();
        const r = await next(worker);
        if (r === null) break;
        last = performance.now();
        latencies.push(last - t);
        if (r.ok) ok += 1;
        else failed += 1;
        if (r.status >= 500 || r.status === 0) fivexx += 1;
      }
    }),
  );
  latencies.sort((x, y) => x - y);
  return {
    rps: ok / ((last - t0) / 1000),
    ok,
    failed,
    fivexx,
    p50: Math.round(percentile(latencies, 0.5)),
    p99: Math.round(percentile(latencies, 0.99)),
  };
}

export const loopFmt = (r) =>
  `${r.rps.toFixed(1).padStart(6)} /s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms` +
  `  ok ${r.ok}  refused ${r.failed}  5xx ${r.fivexx}`;

/** Runs `fn` over `items` with at most `width` in flight. */
export async function inWaves(items, width, fn) {
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) {
        const item = items[i++];
        await fn(item);
      }
    }),
  );
}

export async function benchAuth(url, label, hashesPerSecond) {
  section(`${label}: sign-in and sessions (goals are ratios within this run)`);
  const send = findAction('sendRegistrationCodeAction');
  const register = findAction('registerAction');
  const login = findAction('loginAction');
  if (!send || !register || !login) {
    console.info('  SKIP sign-in and sessions: actions not in this build');
    return;
  }
  const { RULES_VERSION } = await tsImport('../../lib/validation/register.ts', import.meta.url);
  const base = Math.floor(Math.random() * 1_000_000);
  let ipCounter = 0;
  // Every request from its own address: the per-address limits are not what is measured here.
  const freshIp = () => {
    const i = base + 50_000 + ipCounter++;
    return `10.${100 + ((i >> 16) & 63)}.${(i >> 8) & 255}.${i & 255}`;
  };
  const connections = 16;
  // BENCH_AUTH_PARTS=register,login,session,dashboard picks parts (e.g. to profile one alone).
  const parts = new Set((baseEnv.BENCH_AUTH_PARTS ?? 'register,login,session,dashboard').split(','));

  let registrations = null;
  if (parts.has('register')) {
    // Registrations: codes first (not timed), then 16 workers submitting one prepared form after another.
    const wanted = Math.ceil((Number.isFinite(hashesPerSecond) ? hashesPerSecond : 40) * SECONDS * 1.5) + 32;
    const prepared = Array.from({ length: wanted }, (_, i) => ({
      client: freshIp(),
      mobile: spreadMobile(),
      email: `bench-auth-${uniq()}-${i}@example.com`,
      nationalCode: validNationalCode(),
    }));
    await inWaves(prepared, 8, async (a) => {
      const h = { 'x-forwarded-for': a.client };
      const common = { nationalCode: a.nationalCode, altcha: CAPTCHA };
      await invokeAction(url, '/fa/register', send, [{ channel: 'sms', mobile: a.mobile, ...common }], h);
      await invokeAction(url, '/fa/register', send, [{ channel: 'email', email: a.email, ...common }], h);
      a.mobileCode = codeIn(await outbox(url, a.mobile, 'sms'));
      a.emailCode = codeIn(await outbox(url, a.email, 'email'));
    });
    const ready = prepared.filter((a) => a.mobileCode && a.emailCode);
    let nextAttempt = 0;
    registrations = await closedLoop(connections, async () => {
      const a = ready[nextAttempt++];
      if (!a) return null;
      const fields = registrationFields(a, RULES_VERSION);
      const answer = await invokeAction(url, '/fa/register', register, [null, asForm(fields)], {
        'x-forwarded-for': a.client,
      });
      return {
        ok: answer.value?.ok === true && answer.value.redirect?.includes('/dashboard'),
        status: answer.status,
      };
    });
    console.info(
      `  ${'registrations, 16 connections'.padEnd(44)} ${loopFmt(registrations)} (${ready.length} prepared)`,
    );
  }

  // Correct-password logins: 64 accounts, each worker cycling through its own (a success resets the
  // per-account ceiling, and one worker never has two tries in flight on one account).
  const password = 'Bench-login-1405';
  const accountsForLogin = [];
  await inWaves(
    Array.from({ length: parts.has('login') ? 64 : 1 }, () => validNationalCode()),
    4,
    async (nationalCode) => {
      const res = await safeFetch(`${url}/api/dev/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({
          nationalCode,
          password,
          mobile: spreadMobile(),
          email: `bench-login-${uniq()}@example.com`,
          status: 'pre_registered',
        }),
      });
      if (res?.status === 201) accountsForLogin.push(nationalCode);
    },
  );
  const signIn = (nationalCode) =>
    invokeAction(url, '/fa/login', login, [null, asForm({ nationalCode, password, locale: 'fa' })], {
      'x-forwarded-for': freshIp(),
    });
  let logins = null;
  if (parts.has('login')) {
    const turns = Array(connections).fill(0);
    logins = await closedLoop(connections, async (worker) => {
      const mine = accountsForLogin.filter((_, i) => i % connections === worker);
      const nationalCode = mine[turns[worker]++ % mine.length];
      const answer = await signIn(nationalCode);
      return {
        ok: answer.value?.ok === true && answer.value.redirect?.includes('/dashboard'),
        status: answer.status,
      };
    });
    console.info(
      `  ${'logins (correct password), 16 connections'.padEnd(44)} ${loopFmt(logins)} (${accountsForLogin.length} accounts)`,
    );
  }

  // One signed-in applicant for the session and dashboard runs.
  const signedIn = await signIn(accountsForLogin[0]);
  const cookie = (signedIn.headers?.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .filter((c) => /session-token/.test(c))
    .join('; ');
  const session = await (await safeFetch(`${url}/api/auth/session`, { headers: { cookie } }))?.json();
  if (!session?.claims) console.info('  the bench could not sign in: session and dashboard runs are void');

  // Session read against a trivial JSON route of the same build (same middleware, same cookie),
  // alternated twice so a neighbour's build hits both sides alike.
  let trivial = null;
  let sessionRead = null;
  if (parts.has('session')) {
    const trivialRuns = [];
    const sessionRuns = [];
    for (let round = 0; round < 2; round++) {
      trivialRuns.push(await load(`${url}/api/health/live`, { connections: 20, headers: { cookie } }));
      sessionRuns.push(await load(`${url}/api/auth/session`, { connections: 20, headers: { cookie } }));
    }
    const avg = (runs) => ({
      rps: mean(runs.map((r) => r.rps)),
      p50: Math.max(...runs.map((r) => r.p50)),
      p99: Math.max(...runs.map((r) => r.p99)),
      errors: runs.reduce((n, r) => n + r.errors, 0),
      status5xx: runs.reduce((n, r) => n + r.status5xx, 0),
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    });
    trivial = avg(trivialRuns);
    sessionRead = avg(sessionRuns);
    console.info(`  ${'/api/health/live (trivial JSON), 20 conn.'.padEnd(44)} ${fmt(trivial)}`);
    console.info(`  ${'/api/auth/session (signed in), 20 conn.'.padEnd(44)} ${fmt(sessionRead)}`);
  }

  // The signed-in dashboard at 50 connections (a 200 page, not the redirect to the sign-in).
  let dashboard = null;
  let dashboardProbe = null;
  if (parts.has('dashboard')) {
    dashboardProbe = await safeFetch(`${url}/fa/dashboard`, { headers: { cookie }, redirect: 'manual' });
    dashboard = await load(`${url}/fa/dashboard`, { connections: 50, headers: { cookie } });
    console.info(
      `  ${'/fa/dashboard (signed in), 50 connections'.padEnd(44)} ${fmt(dashboard)}  non-2xx ${dashboard.non2xx}`,
    );
  }

  const ratio = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
  if (registrations) {
    const regRatio = registrations.rps / hashesPerSecond;
    authGoal(
      'registerVsArgon2',
      `${label}: registrations/s at 16 conn. ≥ ${AUTH_GOALS.registerVsArgon2} of argon2id hashes/s`,
      regRatio,
      AUTH_GOALS.registerVsArgon2,
      regRatio >= AUTH_GOALS.registerVsArgon2 && registrations.fivexx === 0,
      `${ratio(regRatio)} (${registrations.rps.toFixed(1)} / ${hashesPerSecond.toFixed(1)}), ${registrations.failed} refused, ${registrations.fivexx} 5xx`,
    );
  }
  if (logins) {
    const loginRatio = logins.rps / hashesPerSecond;
    authGoal(
      'loginVsArgon2',
      `${label}: logins/s (correct password) at 16 conn. ≥ ${AUTH_GOALS.loginVsArgon2} of argon2id hashes/s`,
      loginRatio,
      AUTH_GOALS.loginVsArgon2,
      loginRatio >= AUTH_GOALS.loginVsArgon2 && logins.fivexx === 0,
      `${ratio(loginRatio)} (${logins.rps.toFixed(1)} / ${hashesPerSecond.toFixed(1)}), ${logins.failed} refused, ${logins.fivexx} 5xx`,
    );
  }
  if (sessionRead) {
    const sessionRatio = sessionRead.rps / trivial.rps;
    authGoal(
      'sessionVsTrivial',
      `${label}: /api/auth/session at 20 conn. ≥ ${AUTH_GOALS.sessionVsTrivial} of a trivial JSON route`,
      sessionRatio,
      AUTH_GOALS.sessionVsTrivial,
      Boolean(session?.claims) && sessionRatio >= AUTH_GOALS.sessionVsTrivial && sessionRead.non2xx === 0,
      `${ratio(sessionRatio)} (${sessionRead.rps.toFixed(0)} / ${trivial.rps.toFixed(0)} req/s), signed in: ${Boolean(session?.claims)}`,
    );
  }
  if (dashboard) {
    authGoal(
      'dashboardP99Ms',
      `${label}: /fa/dashboard signed in at 50 conn. p99 ≤ ${AUTH_GOALS.dashboardP99Ms} ms`,
      dashboard.p99,
      AUTH_GOALS.dashboardP99Ms,
      // No answer within the run is no evidence of speed (autocannon then reports p99 0).
      dashboardProbe?.status === 200 &&
        dashboard.rps > 0 &&
        dashboard.p99 <= AUTH_GOALS.dashboardP99Ms &&
        dashboard.non2xx === 0,
      `p99 ${dashboard.p99} ms, p50 ${dashboard.p50} ms, ${dashboard.rps.toFixed(0)} req/s, first answer ${dashboardProbe?.status}, ${dashboard.non2xx} non-2xx`,
    );
  }
}

/** The goals as one table; with BENCH_COMPARE=<an earlier auth-*.json> a "before" column too. */
export function printAuthTable(registerBytes) {
  if (registerBytes !== undefined)
    authGoals.unshift({
      key: 'registerFirstLoadKb',
      name: `first-load JS /[locale]/register ≤ ${AUTH_GOALS.registerFirstLoadKb} kB`,
      value: registerBytes / 1000,
      target: AUTH_GOALS.registerFirstLoadKb,
      status: registerBytes <= AUTH_GOALS.registerFirstLoadKb * 1000 ? 'PASS' : 'MISS',
    });
  if (!authGoals.length) return;
  const before = baseEnv.BENCH_COMPARE
    ? JSON.parse(readFileSync(path.resolve(baseEnv.BENCH_COMPARE), 'utf8'))
    : null;
  section('issue 12 goals (ratios within one run; PASS/MISS, not a failed exit)');
  const show = (v) =>
    typeof v === 'number' && Number.isFinite(v) ? (v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '—';
  console.info(
    `  ${'goal'.padEnd(78)} ${'target'.padStart(7)} ${before ? `${'before'.padStart(13)} ` : ''}${'now'.padStart(8)}  result`,
  );
  for (const g of authGoals) {
    const was = before?.find((b) => b.name === g.name);
    console.info(
      `  ${g.name.padEnd(78)} ${show(g.target).padStart(7)} ${before ? `${(was ? `${show(was.value)} ${was.status}` : '—').padStart(13)} ` : ''}${show(g.value).padStart(8)}  ${g.status}`,
    );
  }
  const dir = path.join(root, 'artifacts', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `auth-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(authGoals, null, 2));
  console.info(
    `  saved to ${path.relative(root, file)} (compare a later run with BENCH_COMPARE=${path.relative(root, file)})`,
  );
}
