#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds, starts the production server(s) with setsid-style process groups, waits
 * for /api/health, runs tests/e2e with node's test runner (through tsx) in Chromium, and stops the
 * whole process groups whatever happens (killing only the npm/next pid leaves the server running).
 *
 * Two servers run: the main one, and one with OTP_TTL_SECONDS=6 for the code-expiry journey.
 * Options: E2E_SKIP_BUILD=1 reuses .next; E2E_FILTER=name runs matching test files only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const servers = [];
const tempDirs = [];

function stopAll() {
  for (const s of servers) {
    try {
      process.kill(-s.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
}
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

async function startServer(port, extraEnv) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sa-e2e-'));
  tempDirs.push(dataDir);
  const serverEnv = {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    CAPTCHA_TEST_ANSWER: env.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha',
    OUTBOX_API: '1',
    AUTH_SECRET: env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    AUTH_URL: `http://localhost:${port}`,
    APP_URL: `http://localhost:${port}`,
    AUTH_TRUST_HOST: 'true',
    ...extraEnv,
  };
  // detached: the server leads its own process group, so the group can be stopped as a whole.
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: serverEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  servers.push(child);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, log };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(log.join(''));
  throw new Error(`server on ${port} did not become healthy`);
}

if (env.E2E_SKIP_BUILD !== '1' || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  run(process.execPath, [nextBin, 'build']);
}

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
