/**
 * What every measurement shares: options from the environment, budgets, load runs (autocannon), a
 * bare node:http server for the ceiling, forgiving fetch, the outbox, and the servers' environment.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { registrationFields as registrationForm } from '../lib/actions.mjs';
import { baseEnv } from '../lib/server.mjs';

export const SECONDS = Number(baseEnv.BENCH_SECONDS ?? 5);
/** BENCH_ONLY=pages: only the public pages on PGlite (about a minute and a half). */
export const ONLY_PAGES = baseEnv.BENCH_ONLY === 'pages';
/** `npm run bench -- auth`: only the sign-in and session goals, on PGlite. */
export const ONLY_AUTH = process.argv.includes('auth');
export const PORT = Number(baseEnv.BENCH_PORT ?? 3550);
export const CAPTCHA = baseEnv.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha';
export const BUDGET_KB = { '/[locale]/page': 110, '/[locale]/register/page': 170 };
/**
 * Issue 12's goals for sign-in and sessions: ratios within one run (the machine is shared, so
 * absolute numbers move from run to run), a p99 and a bundle size. Printed, never a failed exit.
 */
export const AUTH_GOALS = {
  registerVsArgon2: 0.8,
  loginVsArgon2: 0.8,
  sessionVsTrivial: 0.8,
  dashboardP99Ms: 500,
  registerFirstLoadKb: 150,
};

export const budgets = [];
export function budget(name, status, detail) {
  budgets.push({ name, status, detail });
  console.info(`  ${status.padEnd(4)} ${name}: ${detail}`);
}
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const section = (title) => console.info(`\n== ${title}`);

export async function load(url, { connections = 20, method = 'GET', headers, body } = {}) {
  const result = await autocannon({ url, connections, duration: SECONDS, method, headers, body });
  const non2xx = result.non2xx;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    status5xx: result['5xx'],
    non2xx,
  };
}

export const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms` +
  `  errors ${r.errors}  5xx ${r.status5xx}`;

/** A bare node:http server returning the same bytes: the ceiling of what this machine serves. */
export async function bareServer(port, bodies) {
  // The bodies go through a file: a page's HTML is too long for a command line.
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-bench-'));
  const file = path.join(dir, 'bodies.json');
  writeFileSync(
    file,
    JSON.stringify(Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v.toString('base64')]))),
  );
  const script = `
    const http = require('node:http');
    const bodies = JSON.parse(require('node:fs').readFileSync(process.env.BODIES, 'utf8'));
    for (const k in bodies) bodies[k] = Buffer.from(bodies[k], 'base64');
    http.createServer((req, res) => {
      const b = bodies[req.url] ?? Object.values(bodies)[0];
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': b.length });
      res.end(b);
    }).listen(${port}, () => process.send('ready'));`;
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
    env: { ...process.env, BODIES: file },
  });
  await new Promise((resolve) => child.once('message', resolve));
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

export const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
export let mobileCounter = Math.floor(Math.random() * 9_000_000);
export const newMobile = () => `0912${String(1_000_000 + (mobileCounter++ % 9_000_000)).padStart(7, '0')}`;
/** Spread over operator prefixes, so the per-prefix SMS limit (600/hour) never decides a run. */
export const OPERATOR_PREFIXES = [
  '0912',
  '0913',
  '0935',
  '0936',
  '0901',
  '0902',
  '0919',
  '0930',
  '0910',
  '0917',
];
export const spreadMobile = () =>
  `${OPERATOR_PREFIXES[mobileCounter % OPERATOR_PREFIXES.length]}${String(1_000_000 + (mobileCounter++ % 9_000_000)).padStart(7, '0')}`;

export let fetchFailures = 0;
/** fetch that counts a refused or reset connection instead of aborting the run. */
export async function safeFetch(url, init) {
  try {
    return await fetch(url, init);
  } catch {
    fetchFailures += 1;
    return undefined;
  }
}

export async function outbox(url, to, channel) {
  const res = await safeFetch(
    `${url}/api/dev/outbox?${new URLSearchParams({ to, ...(channel ? { channel } : {}) })}`,
  );
  return res?.ok ? res.json() : [];
}
export const codeIn = (msgs) => msgs[0]?.body.match(/\b(\d{6})\b/)?.[1];

/** The fa registration form of one prepared applicant, as the browser posts it. */
export const registrationFields = (a, rulesVersion) =>
  registrationForm(a, { rulesVersion, password: 'Bench-pass-1405', altcha: CAPTCHA });

/**
 * Addresses come from X-Forwarded-For (one trusted proxy hop), so each simulated client has its own;
 * the portal-wide SMS budget is raised because the runs send hundreds of codes to distinct numbers.
 */
export const AUTH_SERVER_ENV = {
  TRUST_PROXY_HOPS: '1',
  SMS_BUDGET_HOURLY: '100000',
  SMS_BUDGET_DAILY: '1000000',
};
/**
 * BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (open it in Chrome's
 * DevTools, or sum the time per function); that is how the sign-in costs were found.
 */
export const SERVER_OPTIONS = baseEnv.BENCH_CPU_PROF
  ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${path.resolve(baseEnv.BENCH_CPU_PROF)}`] }
  : {};

export const mean = (xs) => xs.reduce((n, x) => n + x, 0) / xs.length;
