#!/usr/bin/env node
/**
 * `npm run test:reliability`: the multi-process reliability tests of issue 11, against the production
 * build (built unless RELIABILITY_SKIP_BUILD=1 and .next exists):
 * - two instances on the machine's PostgreSQL and Redis (RELIABILITY_DATABASE_URL / RELIABILITY_REDIS_URL;
 *   by default a fresh database `wt_reliability_run` and Redis database 3 on 127.0.0.1);
 * - Redis stopped under a running instance (its own redis-server on RELIABILITY_REDIS_PORT, 6390);
 * - the SMTP provider down during a registration;
 * - SIGTERM to `npm start` under 50 concurrent requests, and a start without a database.
 * Ports: RELIABILITY_PORT (4400) to +11. Servers run in their own process groups and are always stopped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { baseEnv, buildIfNeeded, root } from './lib/server.mjs';

buildIfNeeded(baseEnv.RELIABILITY_SKIP_BUILD === '1');

const pgBase = baseEnv.RELIABILITY_PG ?? 'postgres://postgres@127.0.0.1:5432';
const dbName = baseEnv.RELIABILITY_DB ?? 'wt_reliability_run';
const psql = (sql) =>
  spawnSync('psql', [`${pgBase}/postgres`, '-qc', sql], { stdio: ['ignore', 'ignore', 'inherit'] }).status;
const ownDatabase = !baseEnv.RELIABILITY_DATABASE_URL;
if (ownDatabase) {
  psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (psql(`CREATE DATABASE ${dbName}`) !== 0) process.exit(1);
}
const redisUrl = baseEnv.RELIABILITY_REDIS_URL ?? 'redis://127.0.0.1:6379/3';
spawnSync('redis-cli', ['-u', redisUrl, 'flushdb'], { stdio: 'ignore' });

const filter = baseEnv.RELIABILITY_FILTER;
const dir = path.join(root, 'tests', 'reliability');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && (!filter || f.includes(filter)))
  .map((f) => path.join('tests', 'reliability', f));
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--test', '--test-concurrency=1', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...baseEnv,
      AUTH_SECRET: baseEnv.AUTH_SECRET ?? 'reliability-secret-reliability-secret-0001',
      RELIABILITY_DATABASE_URL: baseEnv.RELIABILITY_DATABASE_URL ?? `${pgBase}/${dbName}`,
      RELIABILITY_REDIS_URL: redisUrl,
    },
  },
);
if (ownDatabase) psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
if (result.status !== 0) {
  // What the servers said, for a failure seen only in CI's printout.
  const logDir = path.join(root, 'artifacts', 'server-logs');
  for (const f of existsSync(logDir) ? readdirSync(logDir).filter((f) => f.startsWith('reliability-')) : []) {
    const lines = readFileSync(path.join(logDir, f), 'utf8').trimEnd().split('\n');
    console.error(`\n# last lines of ${f}:\n${lines.slice(-25).join('\n')}`);
  }
}
process.exit(result.status ?? 1);
