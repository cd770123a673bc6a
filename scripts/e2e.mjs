#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds, starts the production server(s) with setsid-style process groups, waits
 * for /api/health, runs tests/e2e with node's test runner (through tsx) in Chromium, and stops the
 * whole process groups whatever happens (killing only the npm/next pid leaves the server running).
 *
 * Two servers run: the main one, and one with OTP_TTL_SECONDS=6 for the code-expiry journey.
 * Options: E2E_SKIP_BUILD=1 reuses .next; E2E_FILTER=name runs matching test files only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { baseEnv as env, buildIfNeeded, createStaffFor, root, startServer, stopAll } from './lib/server.mjs';

buildIfNeeded(env.E2E_SKIP_BUILD === '1');

const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const basePort = Number(env.E2E_PORT ?? 3100);
let code = 1;
try {
  // Staff accounts exist only through `npm run staff:create` (no demo staff in production): the main
  // server's database gets its staff before it starts, and the tests receive their one-time setup URLs.
  const staffSetup = {};
  const createStaff = (serverEnv) => {
    const roles = {
      reviewer: ['--role', 'reviewer', '--university', 'demo-university'],
      other: ['--role', 'reviewer', '--university', 'university-of-tehran'],
      admin: ['--role', 'admin'],
      // The accessibility gate's own administrator, and one left at the password step of its setup.
      gate: ['--role', 'admin'],
      gateSetup: ['--role', 'admin'],
      // Content administration: an administrator and a reviewer (who must not edit content).
      contentAdmin: ['--role', 'admin'],
      contentReviewer: ['--role', 'reviewer', '--university', 'demo-university'],
    };
    for (const [key, args] of Object.entries(roles)) {
      const username = `e2e-${key.toLowerCase()}`;
      staffSetup[key] = {
        username,
        url: createStaffFor(serverEnv, [
          '--username',
          username,
          '--email',
          `${username}@example.com`,
          ...args,
        ]),
      };
    }
  };
  const [main, shortTtl] = await Promise.all([
    startServer(basePort, {}, { prepare: createStaff }),
    startServer(basePort + 1, { OTP_TTL_SECONDS: '6' }),
  ]);
  const e2eDir = path.join(root, 'tests', 'e2e');
  const filter = env.E2E_FILTER;
  // Every e2e request comes from 127.0.0.1, and staff sign-in counts failures per address for 15
  // minutes (captcha, then a growing wait). The suites that sign staff in run before the ones that
  // fail sign-ins on purpose (hostile-http, login), so those failures cannot lock them out.
  const FIRST = ['a11y.test.ts', 'staff.test.ts', 'content-admin.test.ts'];
  const rank = (f) => (FIRST.includes(f) ? FIRST.indexOf(f) : FIRST.length);
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.test.ts') && (!filter || filter.split(',').some((part) => f.includes(part))))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => path.join('tests', 'e2e', f));
  // One test-runner process per file, in the order above: node's runner sorts the files it is given.
  code = 0;
  for (const file of files) {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--test', '--test-concurrency=1', file],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...env,
          E2E_BASE_URL: main.url,
          E2E_SHORT_TTL_URL: shortTtl.url,
          E2E_STAFF_SETUP: JSON.stringify(staffSetup),
          E2E_DATA_DIR: main.dataDir,
          CHROMIUM_PATH: chromium,
          CAPTCHA_TEST_ANSWER: env.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha',
        },
      },
    );
    if ((result.status ?? 1) !== 0) code = result.status ?? 1;
  }
  if (code !== 0 && env.E2E_SERVER_LOG === '1') console.error(main.log.join(''));
} catch (error) {
  console.error(error);
  code = 1;
}
stopAll();
process.exit(code);
