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
 * `npm run bench -- auth` runs only the sign-in and session section on PGlite (about a minute and a
 * half): registrations and correct-password logins at 16 connections against the argon2id rate,
 * `/api/auth/session` against a trivial JSON route at 20 connections, the signed-in dashboard at 50
 * connections, and the register page's first-load JS. Its goals print PASS or MISS (never a failed
 * exit) in one table; BENCH_COMPARE=<file> adds the numbers of an earlier run (each run saves its
 * own to artifacts/bench/auth-<time>.json) as a "before" column.
 *
 * BENCH_CPU_PROF=<dir> makes the servers write V8 CPU profiles there when they stop.
 *
 * `npm run bench -- queue` runs only the review-queue section: 100,000 applicants on PostgreSQL
 * (BENCH_QUEUE_APPLICANTS, BENCH_QUEUE_RUNS), first page, a deep page and searches, p50/p99.
 *
 * One module a measurement under scripts/bench/ (common.mjs holds what they share).
 */
import { baseEnv, buildIfNeeded, startServer, stopAll } from './lib/server.mjs';
import { argon2Rate } from './bench/argon2.mjs';
import { benchAuth, printAuthTable } from './bench/auth.mjs';
import { benchBackend, isReachable, postgresBackend } from './bench/backends.mjs';
import { firstLoadJs } from './bench/bundle.mjs';
import {
  AUTH_SERVER_ENV,
  BUDGET_KB,
  ONLY_AUTH,
  ONLY_PAGES,
  PORT,
  SERVER_OPTIONS,
  budget,
  budgets,
  fetchFailures,
  kb,
  section,
} from './bench/common.mjs';
import { benchQueue } from './bench/queue.mjs';

if (process.argv.includes('queue')) {
  await benchQueue();
  for (const b of budgets) console.info(`  ${b.status.padEnd(4)} ${b.name}: ${b.detail}`);
  process.exit(budgets.some((b) => b.status === 'FAIL') ? 1 : 0);
}

const startedAt = Date.now();
buildIfNeeded(baseEnv.BENCH_SKIP_BUILD === '1');

if (ONLY_AUTH) {
  const register = firstLoadJs().find((r) => r.route === '/[locale]/register/page');
  section('password hashing (the bound on logins per second)');
  const rate = await argon2Rate();
  // The embedded default, then the scale-out configuration (PostgreSQL and Redis) when they answer.
  const backends = [{ label: 'PGlite', env: {} }];
  const pg = baseEnv.BENCH_AUTH_BACKENDS === 'pglite' ? null : await postgresBackend();
  if (pg) {
    const redisUrl = baseEnv.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/11';
    const redis = new URL(redisUrl);
    const withRedis = await isReachable(redis.hostname, Number(redis.port || 6379));
    backends.push({
      label: withRedis ? 'PostgreSQL + Redis' : 'PostgreSQL',
      env: { DATABASE_URL: pg.url, ...(withRedis ? { REDIS_URL: redisUrl } : {}) },
    });
  }
  try {
    for (const backend of backends) {
      const server = await startServer(PORT, { ...AUTH_SERVER_ENV, ...backend.env }, SERVER_OPTIONS);
      try {
        await benchAuth(server.url, backend.label, rate);
      } finally {
        const exited = server.exited();
        if (exited !== null)
          console.info(`  the server exited by itself (${exited}); log: ${server.logFile}`);
        await server.stop();
      }
    }
  } finally {
    await pg?.drop();
    stopAll();
  }
  printAuthTable(register?.bytes);
  process.exit(0);
}

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
  await benchBackend('PGlite', {}, hashesPerSecond);
  const pg = ONLY_PAGES ? null : await postgresBackend();
  if (pg) {
    try {
      await benchBackend('PostgreSQL', { DATABASE_URL: pg.url }, hashesPerSecond);
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
printAuthTable(rows.find((r) => r.route === '/[locale]/register/page')?.bytes);
const failed = budgets.filter((b) => b.status === 'FAIL').length;
console.info(failed ? `\n${failed} budget(s) broken` : '\nall budgets hold');
process.exit(failed ? 1 : 0);
