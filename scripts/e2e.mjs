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
import { baseEnv as env, buildIfNeeded, root, startServer, stopAll } from './lib/server.mjs';

buildIfNeeded(env.E2E_SKIP_BUILD === '1');

const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const basePort = Number(env.E2E_PORT ?? 3100);
let code = 1;
try {
  const [main, shortTtl] = await Promise.all([
    startServer(basePort, {}),
    startServer(basePort + 1, { OTP_TTL_SECONDS: '6' }),
  ]);
  const e2eDir = path.join(root, 'tests', 'e2e');
  const filter = env.E2E_FILTER;
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.test.ts') && (!filter || f.includes(filter)))
    .map((f) => path.join('tests', 'e2e', f));
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--test', '--test-concurrency=1', ...files],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...env,
        E2E_BASE_URL: main.url,
        E2E_SHORT_TTL_URL: shortTtl.url,
        E2E_DATA_DIR: main.dataDir,
        CHROMIUM_PATH: chromium,
        CAPTCHA_TEST_ANSWER: env.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha',
      },
    },
  );
  code = result.status ?? 1;
  if (code !== 0 && env.E2E_SERVER_LOG === '1') console.error(main.log.join(''));
} catch (error) {
  console.error(error);
  code = 1;
}
stopAll();
process.exit(code);
