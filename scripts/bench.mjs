#!/usr/bin/env node
/**
 * `npm run bench`: performance numbers and budgets on this machine (not part of CI; nothing here is a
 * test assertion). Builds if needed, starts `next start` on PGlite and, when reachable, on PostgreSQL,
 * and prints a table. Budgets print PASS/FAIL/SKIP; any FAIL makes the exit code 1.
 *
 * Options: BENCH_SKIP_BUILD=1 reuses .next; BENCH_DATABASE_URL=postgres://… (default: the local
 * server's `test` database, if it answers; a scratch database is created and dropped next to it);
 * BENCH_SECONDS (default 5) per load run; BENCH_PORT (default 3550; the bare server uses +1);
 * BENCH_ONLY=pages measures only the public pages.
 *
 * `npm run bench -- queue` runs only the review-queue section: 100,000 applicants on PostgreSQL
 * (BENCH_QUEUE_APPLICANTS, BENCH_QUEUE_RUNS), first page, a deep page and searches, p50/p99.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { baseEnv, buildIfNeeded, root, startServer, stopAll } from './lib/server.mjs';
import { asForm, findAction, invokeAction, validNationalCode } from './lib/actions.mjs';

const SECONDS = Number(baseEnv.BENCH_SECONDS ?? 5);
/** BENCH_ONLY=pages: only the public pages on PGlite (about a minute and a half). */
const ONLY_PAGES = baseEnv.BENCH_ONLY === 'pages';
const PORT = Number(baseEnv.BENCH_PORT ?? 3550);
const CAPTCHA = baseEnv.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha';
const BUDGET_KB = { '/[locale]/page': 110, '/[locale]/register/page': 170 };

const budgets = [];
function budget(name, status, detail) {
  budgets.push({ name, status, detail });
  console.info(`  ${status.padEnd(4)} ${name}: ${detail}`);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const section = (title) => console.info(`\n== ${title}`);

// ---------------------------------------------------------------------------------------------
// First-load JS per route, from the build manifests (gzip, as `next build` reports it).

function firstLoadJs() {
  const appManifest = JSON.parse(
    readFileSync(path.join(root, '.next', 'app-build-manifest.json'), 'utf8'),
  ).pages;
  const buildManifest = JSON.parse(readFileSync(path.join(root, '.next', 'build-manifest.json'), 'utf8'));
  const sizeCache = new Map();
  const gz = (file) => {
    if (!sizeCache.has(file))
      sizeCache.set(file, gzipSync(readFileSync(path.join(root, '.next', file)), { level: 9 }).length);
    return sizeCache.get(file);
  };
  const rows = [];
  for (const route of Object.keys(appManifest)
    .filter((k) => k.endsWith('/page'))
    .sort()) {
    // A page downloads its own chunks and those of every layout, template, error and loading boundary above it.
    const segments = route.split('/').slice(1, -1);
    const files = new Set([...buildManifest.rootMainFiles, ...appManifest[route]]);
    for (let i = 0; i <= segments.length; i++) {
      const dir = segments
        .slice(0, i)
        .map((s) => `/${s}`)
        .join('');
      for (const kind of ['layout', 'template', 'error', 'loading', 'not-found']) {
        for (const f of appManifest[`${dir}/${kind}`] ?? []) files.add(f);
      }
    }
    const js = [...files].filter((f) => f.endsWith('.js'));
    rows.push({ route, bytes: js.reduce((n, f) => n + gz(f), 0) });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Load runs.

async function load(url, { connections = 20, method = 'GET', headers, body } = {}) {
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

const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms` +
  `  errors ${r.errors}  5xx ${r.status5xx}`;

/** A bare node:http server returning the same bytes: the ceiling of what this machine serves. */
async function bareServer(port, bodies) {
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

// ---------------------------------------------------------------------------------------------
// Password hashing: the ceiling of logins per second.

async function argon2Rate() {
  const { hashPassword, ARGON2_OPTIONS } = await tsImport('../lib/crypto/password.ts', import.meta.url);
  const measure = async (parallel) => {
    let n = 0;
    const end = Date.now() + 3000;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (Date.now() < end) {
          await hashPassword(`bench-password-${n}`);
          n += 1;
        }
      }),
    );
    return n / 3;
  };
  const one = await measure(1);
  const many = await measure(4);
  console.info(
    `  argon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}: ` +
      `${one.toFixed(1)} hashes/s on one thread, ${many.toFixed(1)} hashes/s with 4 in flight`,
  );
  return many;
}

// ---------------------------------------------------------------------------------------------
// Registration under load (once the registration page exists).

const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let mobileCounter = Math.floor(Math.random() * 9_000_000);
const newMobile = () => `0912${String(1_000_000 + (mobileCounter++ % 9_000_000)).padStart(7, '0')}`;

let fetchFailures = 0;
/** fetch that counts a refused or reset connection instead of aborting the run. */
async function safeFetch(url, init) {
  try {
    return await fetch(url, init);
  } catch {
    fetchFailures += 1;
    return undefined;
  }
}

async function outbox(url, to, channel) {
  const res = await safeFetch(
    `${url}/api/dev/outbox?${new URLSearchParams({ to, ...(channel ? { channel } : {}) })}`,
  );
  return res?.ok ? res.json() : [];
}
const codeIn = (msgs) => msgs[0]?.body.match(/\b(\d{6})\b/)?.[1];

async function benchRegistration(url, kindLabel) {
  const { RULES_VERSION } = await tsImport('../lib/validation/register.ts', import.meta.url);
  const send = findAction('sendRegistrationCodeAction');
  const register = findAction('registerAction');
  if (!send || !register) {
    budget(
      `${kindLabel}: no 5xx under 200 concurrent registrations`,
      'SKIP',
      'registration actions not in this build yet',
    );
    budget(
      `${kindLabel}: limits hold under 200 concurrent code requests`,
      'SKIP',
      'registration actions not in this build yet',
    );
    return;
  }
  const page = '/fa/register';
  const ip = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const base = Math.floor(Math.random() * 1_000_000);

  // 200 concurrent code requests for ONE mobile from 200 addresses: exactly one may pass.
  {
    const mobile = newMobile();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        invokeAction(url, page, send, ['fa', { channel: 'sms', mobile, altcha: CAPTCHA }], {
          'x-forwarded-for': ip(base + i),
        }),
      ),
    );
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    const stored = (await outbox(url, mobile, 'sms')).length;
    console.info(
      `  200 code requests, one mobile: ${accepted} accepted, ${stored} in outbox, ${fivexx} 5xx, ${Date.now() - started} ms`,
    );
    budget(
      `${kindLabel}: one code per mobile per lifetime under 200 concurrent requests`,
      accepted === 1 && stored === 1 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} stored, ${fivexx} 5xx (want 1, 1, 0)`,
    );
  }
  // 200 concurrent code requests from ONE address to 200 mobiles: exactly the per-client limit passes.
  {
    const mobiles = Array.from({ length: 200 }, newMobile);
    const clientIp = ip(base + 500);
    const answers = await Promise.all(
      mobiles.map((mobile) =>
        invokeAction(url, page, send, ['fa', { channel: 'sms', mobile, altcha: CAPTCHA }], {
          'x-forwarded-for': clientIp,
        }),
      ),
    );
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    let stored = 0;
    for (const m of mobiles) stored += (await outbox(url, m, 'sms')).length;
    console.info(`  200 code requests, one client: ${accepted} accepted, ${stored} in outbox, ${fivexx} 5xx`);
    budget(
      `${kindLabel}: per-client code limit (20/hour) holds under 200 concurrent requests`,
      accepted === 20 && stored === 20 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} stored, ${fivexx} 5xx (want 20, 20, 0)`,
    );
  }

  // SMS pumping: 1,000 code requests for numbers in ONE foreign prefix (+234 803, Nigeria), each from its
  // own address (so per-client limits never bite): at most the prefix budget (10 an hour) may be sent.
  {
    const prefixMobiles = Array.from(
      { length: 1000 },
      (_, i) => `+234803${String(1_000_000 + ((base + i) % 9_000_000)).padStart(7, '0')}`,
    );
    const answers = [];
    // In waves of 100, as a pumping script would, so the server is not simply flooded.
    for (let w = 0; w < prefixMobiles.length; w += 100) {
      answers.push(
        ...(await Promise.all(
          prefixMobiles.slice(w, w + 100).map((mobile, j) =>
            invokeAction(url, '/en/register', send, ['en', { channel: 'sms', mobile, altcha: CAPTCHA }], {
              'x-forwarded-for': ip(base + 10_000 + w + j),
            }),
          ),
        )),
      );
    }
    const accepted = answers.filter((a) => a.value?.ok === true).length;
    const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
    let stored = 0;
    for (const m of prefixMobiles) stored += (await outbox(url, m, 'sms')).length;
    console.info(
      `  SMS pumping, 1,000 requests to one foreign prefix from 1,000 addresses: ${accepted} accepted, ${stored} SMS sent, ${fivexx} 5xx`,
    );
    budget(
      `${kindLabel}: SMS pumping to one foreign prefix is capped at the prefix budget (10/hour)`,
      accepted <= 10 && stored <= 10 && fivexx === 0 ? 'PASS' : 'FAIL',
      `${accepted} accepted, ${stored} sent, ${fivexx} 5xx (want ≤ 10, ≤ 10, 0)`,
    );
  }

  // 200 concurrent registrations from 200 addresses; 20 of them reuse 10 national codes.
  const attempts = [];
  for (let i = 0; i < 200; i++) {
    const client = ip(base + 1000 + i);
    const mobile = newMobile();
    const email = `bench-${uniq()}-${i}@example.com`;
    attempts.push({ client, mobile, email, nationalCode: i >= 180 ? null : validNationalCode() });
  }
  for (let i = 180; i < 200; i++) attempts[i].nationalCode = attempts[i - 180].nationalCode;
  // Codes first (not timed: the outbox is the tests' path to them).
  await Promise.all(
    attempts.map(async (a) => {
      const h = { 'x-forwarded-for': a.client };
      await invokeAction(
        url,
        page,
        send,
        ['fa', { channel: 'sms', mobile: a.mobile, nationalCode: a.nationalCode, altcha: CAPTCHA }],
        h,
      );
      await invokeAction(
        url,
        page,
        send,
        ['fa', { channel: 'email', email: a.email, nationalCode: a.nationalCode, altcha: CAPTCHA }],
        h,
      );
      a.mobileCode = codeIn(await outbox(url, a.mobile, 'sms'));
      a.emailCode = codeIn(await outbox(url, a.email, 'email'));
    }),
  );
  const started = Date.now();
  const latencies = [];
  const answers = await Promise.all(
    attempts.map(async (a) => {
      const t0 = Date.now();
      const fields = {
        rulesAccepted: RULES_VERSION,
        nationality: 'IR',
        firstName: 'علی',
        lastName: 'محمدی',
        nationalCode: a.nationalCode,
        birthYear: '1375',
        birthMonth: '6',
        birthDay: '15',
        mobile: a.mobile,
        email: a.email,
        password: 'Bench-pass-1405',
        passwordConfirm: 'Bench-pass-1405',
        mobileCode: a.mobileCode ?? '',
        emailCode: a.emailCode ?? '',
        altcha: CAPTCHA,
      };
      const answer = await invokeAction(url, page, register, ['fa', null, asForm(fields)], {
        'x-forwarded-for': a.client,
      });
      latencies.push(Date.now() - t0);
      return answer;
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const accepted = answers.filter((a) => a.value?.ok === true);
  const fivexx = answers.filter((a) => a.status >= 500 || a.status === 0).length;
  const refusedDuplicate = answers.filter((a) => a.value?.formError === 'duplicateAccount').length;
  const otherErrors = answers
    .filter((a) => a.value?.ok === false && a.value?.formError !== 'duplicateAccount')
    .map((a) => a.value.formError ?? Object.keys(a.value.fieldErrors ?? {}).join('+'));
  // Nothing lost: every accepted registration sent exactly one welcome email; no national code twice.
  // Emails are queued with the account and sent by the delivery worker: give it a moment to finish.
  let welcomes = 0;
  for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 500))) {
    welcomes = 0;
    for (const a of attempts)
      welcomes += (await outbox(url, a.email, 'email')).filter((m) => !/\b\d{6}\b/.test(m.body)).length;
    if (welcomes >= accepted.length || Date.now() > deadline) break;
  }
  const acceptedCodes = new Set(accepted.map((a) => a.value.data?.username));
  console.info(
    `  200 registrations: ${accepted.length} accepted (${acceptedCodes.size} distinct usernames), ` +
      `${refusedDuplicate} refused as duplicates, ${otherErrors.length} other refusals ${JSON.stringify(otherErrors.slice(0, 5))}, ` +
      `${fivexx} 5xx, ${(200 / elapsed).toFixed(1)} req/s, p50 ${latencies[100]} ms, p99 ${latencies[197]} ms`,
  );
  budget(
    `${kindLabel}: no 5xx under 200 concurrent registrations`,
    fivexx === 0 ? 'PASS' : 'FAIL',
    `${fivexx} 5xx`,
  );
  budget(
    `${kindLabel}: nothing lost or doubled`,
    accepted.length === 180 && acceptedCodes.size === 180 && welcomes === 180 ? 'PASS' : 'FAIL',
    `${accepted.length} accepted, ${acceptedCodes.size} distinct, ${welcomes} welcome emails (want 180 each; 20 duplicates refused)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Login and recovery timing for existing vs missing accounts (enumeration), printed only.

const mean = (xs) => xs.reduce((n, x) => n + x, 0) / xs.length;
const p95 = (xs) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function benchEnumeration(url) {
  const login = findAction('loginAction');
  const reset = findAction('requestResetAction');
  if (!login || !reset) {
    console.info('  SKIP enumeration timing: sign-in or recovery actions not in this build yet');
    return;
  }
  const TRIES = Number(baseEnv.BENCH_ENUM_TRIES ?? 30);
  // One existing account per try: each name is tried once, so the per-name throttling (captcha and
  // waits from the 3rd failure) and the per-target code limit never kick in; each try comes from its
  // own address for the same reason. Missing names are fresh valid national codes.
  const existing = [];
  for (let i = 0; i < TRIES; i++) {
    const nationalCode = validNationalCode();
    const res = await safeFetch(`${url}/api/dev/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({
        nationalCode,
        password: 'Bench-exists-1405',
        mobile: newMobile(),
        email: `bench-enum-${uniq()}@example.com`,
        status: 'pre_registered',
      }),
    });
    if (res?.status === 201) existing.push(nationalCode);
  }
  if (existing.length < TRIES) {
    console.info(`  SKIP enumeration timing: only ${existing.length}/${TRIES} dev accounts created`);
    return;
  }
  const base = Math.floor(Math.random() * 1_000_000);
  const ip = (i) => `10.${200 + ((i >> 16) & 31)}.${(i >> 8) & 255}.${i & 255}`;
  const timings = { login: { existing: [], missing: [] }, reset: { existing: [], missing: [] } };
  const answers = {
    login: { existing: new Set(), missing: new Set() },
    reset: { existing: new Set(), missing: new Set() },
  };
  let n = 0;
  const timed = async (kind, which, page, action, fields) => {
    const t0 = performance.now();
    const a = await invokeAction(url, page, action, [null, asForm(fields)], {
      'x-forwarded-for': ip(base + n++),
    });
    timings[kind][which].push(performance.now() - t0);
    // What a visitor could compare: the status and the shape of the answer (no codes or names in it).
    answers[kind][which].add(`${a.status} ${JSON.stringify(a.value?.ok)} ${a.value?.formError ?? ''}`);
  };
  // Sequential and interleaved, so load from elsewhere on the machine hits both sides alike.
  for (let i = 0; i < TRIES; i++) {
    for (const which of i % 2 ? ['existing', 'missing'] : ['missing', 'existing']) {
      const nationalCode = which === 'existing' ? existing[i] : validNationalCode();
      await timed('login', which, '/fa/login', login, {
        nationalCode,
        password: 'Wrong-pass-1405',
        locale: 'fa',
      });
      await timed('reset', which, '/fa/forgot-password', reset, {
        nationalCode,
        channel: 'email',
        locale: 'fa',
        altcha: CAPTCHA,
      });
    }
  }
  for (const [kind, label] of [
    ['login', 'login, wrong password'],
    ['reset', 'forgot-password, email code'],
  ]) {
    const e = timings[kind].existing;
    const m = timings[kind].missing;
    const same = [...answers[kind].existing].join('|') === [...answers[kind].missing].join('|');
    console.info(
      `  ${label.padEnd(28)} existing mean ${mean(e).toFixed(1)} ms p95 ${p95(e).toFixed(1)} ms | ` +
        `missing mean ${mean(m).toFixed(1)} ms p95 ${p95(m).toFixed(1)} ms | ` +
        `difference mean ${(mean(e) - mean(m)).toFixed(1)} ms p95 ${(p95(e) - p95(m)).toFixed(1)} ms | ` +
        `answers ${same ? 'identical' : 'DIFFER'} (${[...answers[kind].existing].join(', ')})` +
        (same ? '' : ` vs (${[...answers[kind].missing].join(', ')})`),
    );
  }
}

// ---------------------------------------------------------------------------------------------

function isReachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function postgresBackend() {
  const url = baseEnv.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const u = new URL(url);
  if (!(await isReachable(u.hostname, Number(u.port || 5432)))) return null;
  const { default: postgres } = await import('postgres');
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const name = `sa_bench_${process.pid}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    console.info(
      `  PostgreSQL at ${u.host} answers but refused a scratch database (${error.message}); skipping it`,
    );
    await admin.end();
    return null;
  }
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

async function benchBackend(label, extraEnv) {
  section(`${label}: next start on port ${PORT}`);
  const server = await startServer(PORT, { TRUST_PROXY_HOPS: '1', ...extraEnv });
  const url = server.url;
  try {
    // Public pages (issue 12): home, a news item and the FAQ in both languages, at 50 connections,
    // against a bare node:http server sending the very same bytes (the ratio is what serving costs).
    const newsHtml = (await (await safeFetch(`${url}/fa/news`))?.text()) ?? '';
    const slug = newsHtml.match(/href="\/fa\/news\/([^"]+)"/)?.[1];
    const pages = [
      '/fa',
      '/en',
      ...(slug ? [`/fa/news/${slug}`, `/en/news/${slug}`] : []),
      '/fa/faq',
      '/en/faq',
    ];
    const bodies = {};
    for (const p of pages) {
      // Twice: the first request of a cached page may be the one that renders it.
      await safeFetch(`${url}${p}`);
      bodies[p] = Buffer.from((await (await safeFetch(`${url}${p}`))?.arrayBuffer()) ?? new ArrayBuffer(0));
    }
    const stopBare = await bareServer(PORT + 1, bodies);
    try {
      for (const p of pages) {
        const app = await load(`${url}${p}`, { connections: 50 });
        const bare = await load(`http://localhost:${PORT + 1}${p}`, { connections: 50 });
        const ratio = app.rps / bare.rps;
        console.info(`  ${p.padEnd(44)} ${fmt(app)}`);
        console.info(
          `  ${'  same bytes from bare node:http'.padEnd(44)} ${fmt(bare)}  → app/bare ${ratio.toFixed(3)}`,
        );
        budget(
          `${label}: no 5xx while serving ${p}`,
          app.status5xx === 0 && app.errors === 0 ? 'PASS' : 'FAIL',
          `${app.status5xx} 5xx, ${app.errors} errors`,
        );
        budget(
          `${label}: ${p} at 50 connections ≥ 0.05 of bare, p99 ≤ 500 ms`,
          ratio >= 0.05 && app.p99 <= 500 ? 'PASS' : 'FAIL',
          `${ratio.toFixed(3)} (${app.rps.toFixed(0)} / ${bare.rps.toFixed(0)} req/s), p99 ${app.p99} ms`,
        );
      }
    } finally {
      stopBare();
    }
    if (ONLY_PAGES) return;
    const health = await load(`${url}/api/health`);
    console.info(`  ${'/api/health'.padEnd(44)} ${fmt(health)}`);
    await benchRegistration(url, label);
    await benchEnumeration(url);
  } finally {
    const exited = server.exited();
    if (exited !== null) {
      // A server that died under load explains every refused connection above: say so, with its log.
      console.info(`  the ${label} server exited by itself (${exited}); its last output:`);
      console.info(
        server.log
          .join('')
          .split('\n')
          .slice(-40)
          .map((l) => `    | ${l}`)
          .join('\n'),
      );
      budget(`${label}: server stays up under load`, 'FAIL', `exited with ${exited}`);
    }
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// The review queue on PostgreSQL with 100,000 applicants (scripts/bench-queue.ts on a scratch database).
const QUEUE_P99_GOAL_MS = 50;

async function benchQueue() {
  section('review queue on PostgreSQL (listReviewQueue: a page and the count of waiting applicants)');
  const pg = await postgresBackend();
  if (!pg) {
    budget(
      `review queue p99 ≤ ${QUEUE_P99_GOAL_MS} ms`,
      'SKIP',
      'PostgreSQL not reachable (BENCH_DATABASE_URL)',
    );
    return;
  }
  try {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        'scripts/bench-queue.ts',
      ],
      { cwd: root, env: { ...baseEnv, DATABASE_URL: pg.url, NODE_ENV: 'production' }, encoding: 'utf8' },
    );
    for (const line of result.stdout.split('\n')) {
      if (!line.startsWith('QUEUE ')) {
        if (line.trim()) console.info(`  ${line}`);
        continue;
      }
      const m = JSON.parse(line.slice(6));
      console.info(
        `  ${m.name.padEnd(52)} p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99.toFixed(1).padStart(6)} ms`,
      );
      budget(
        `review queue, ${m.name}: p99 ≤ ${QUEUE_P99_GOAL_MS} ms`,
        m.p99 <= QUEUE_P99_GOAL_MS ? 'PASS' : 'FAIL',
        `p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms (${m.runs} runs)`,
      );
    }
    if (result.status !== 0) {
      console.info(result.stderr);
      budget('review queue bench ran', 'FAIL', `exit ${result.status}`);
    }
  } finally {
    await pg.drop();
  }
}

if (process.argv.includes('queue')) {
  await benchQueue();
  for (const b of budgets) console.info(`  ${b.status.padEnd(4)} ${b.name}: ${b.detail}`);
  process.exit(budgets.some((b) => b.status === 'FAIL') ? 1 : 0);
}

const startedAt = Date.now();
buildIfNeeded(baseEnv.BENCH_SKIP_BUILD === '1');

section('first-load JS per route (gzip)');
for (const { route, bytes } of firstLoadJs()) {
  console.info(`  ${route.padEnd(44)} ${kb(bytes).padStart(9)}`);
}
const rows = firstLoadJs();
for (const [route, limit] of Object.entries(BUDGET_KB)) {
  const row = rows.find((r) => r.route === route);
  if (!row) budget(`first-load JS ${route} ≤ ${limit} kB`, 'SKIP', 'route not in this build yet');
  else
    budget(
      `first-load JS ${route} ≤ ${limit} kB`,
      row.bytes <= limit * 1000 ? 'PASS' : 'FAIL',
      kb(row.bytes),
    );
}

let hashesPerSecond = NaN;
if (!ONLY_PAGES) {
  section('password hashing (the bound on logins per second)');
  hashesPerSecond = await argon2Rate();
}

try {
  await benchBackend('PGlite', {});
  const pg = ONLY_PAGES ? null : await postgresBackend();
  if (pg) {
    try {
      await benchBackend('PostgreSQL', { DATABASE_URL: pg.url });
    } finally {
      await pg.drop();
    }
  } else if (!ONLY_PAGES) {
    console.info('\n== PostgreSQL: not reachable; set BENCH_DATABASE_URL to include it');
  }
  await benchQueue();
} catch (error) {
  console.error(error);
  budgets.push({ name: 'bench ran to the end', status: 'FAIL', detail: String(error) });
} finally {
  stopAll();
}

section(
  `budgets (argon2id ceiling ≈ ${hashesPerSecond.toFixed(0)} logins/s; ${((Date.now() - startedAt) / 1000).toFixed(0)} s total)`,
);
if (fetchFailures)
  console.info(
    `  ${fetchFailures} helper requests (outbox, captcha, pages) failed to connect; counted, not fatal`,
  );
for (const b of budgets) console.info(`  ${b.status.padEnd(4)} ${b.name}: ${b.detail}`);
const failed = budgets.filter((b) => b.status === 'FAIL').length;
console.info(failed ? `\n${failed} budget(s) broken` : '\nall budgets hold');
process.exit(failed ? 1 : 0);
