/**
 * Starting and stopping `next start` for the e2e suite and the benchmark: one implementation.
 * Each server leads its own process group (detached), so stopping the group stops next's workers
 * too; killing only the npm/next pid would leave the server running on its port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const servers = [];
const tempDirs = [];

export function stopAll() {
  for (const s of servers.splice(0)) stopGroup(s);
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', stopAll);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
}

/** Runs a command in the project root and exits with its status when it fails. */
export function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...baseEnv, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** `next build` unless asked to reuse an existing build (skipBuild and .next/BUILD_ID present). */
export function buildIfNeeded(skipBuild) {
  if (!skipBuild || !existsSync(path.join(root, '.next', 'BUILD_ID')))
    run(process.execPath, [nextBin, 'build']);
}

/**
 * Starts the production server (`node server.mjs`, what `npm start` runs; or `npm start` itself with
 * viaNpm) on `port` with a fresh data directory (PGlite unless DATABASE_URL is given) and resolves
 * once /api/health answers 200 (`nodeArgs`: flags for node itself, e.g. --cpu-prof, which NODE_OPTIONS
 * may not carry). Returns { url, log, logFile, stop, pid, child, exited }. `prepare(env)`
 * runs synchronously with the server's environment before it starts.
 *
 * The server writes straight into a log file, never into a pipe: the caller runs the test runner
 * with spawnSync, so nobody would drain a pipe, and a server blocked on a full stderr pipe stops
 * answering everything (that froze the hostile-input run once).
 */
export async function startServer(
  wantedPort,
  extraEnv = {},
  { prepare, viaNpm = false, name = `server-${wantedPort}`, nodeArgs = [] } = {},
) {
  hookExit();
  // Something already listening on the port (a server another run left behind) would answer the health
  // check in place of ours, and the tests would talk to a stranger: take a free port instead.
  let port = wantedPort;
  if (await portInUse(port)) {
    port = await freePort();
    console.error(`# port ${wantedPort} is in use by another process; ${name} starts on ${port}`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sa-server-'));
  tempDirs.push(dataDir);
  const serverEnv = {
    ...baseEnv,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    CAPTCHA_TEST_ANSWER: baseEnv.CAPTCHA_TEST_ANSWER ?? 'e2e-captcha',
    OUTBOX_API: '1',
    AUTH_SECRET: baseEnv.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    AUTH_URL: `http://localhost:${port}`,
    APP_URL: `http://localhost:${port}`,
    AUTH_TRUST_HOST: 'true',
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(serverEnv)) if (v === undefined) delete serverEnv[k];
  // Work on the server's database before it starts (e.g. `npm run staff:create` on its PGlite directory,
  // which only one process may open at a time).
  if (prepare) prepare(serverEnv);
  const logDir = path.join(root, 'artifacts', 'server-logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  // viaNpm: exactly what an operator runs (`npm start`), to test that signals reach the server.
  const [cmd, args] = viaNpm
    ? ['npm', ['start', '--silent']]
    : [process.execPath, [...nodeArgs, path.join(root, 'server.mjs')]];
  const child = spawn(cmd, args, {
    cwd: root,
    env: serverEnv,
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const log = { join: () => readFileSync(logFile, 'utf8') };
  servers.push(child);
  const url = `http://localhost:${port}`;
  const stop = () => {
    const i = servers.indexOf(child);
    if (i >= 0) servers.splice(i, 1);
    stopGroup(child);
    return new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && child.exitCode === null)
        return {
          url,
          port,
          /** The server's DATA_DIR (uploads land in its uploads/ folder). */
          dataDir,
          log,
          logFile,
          stop,
          pid: child.pid,
          child,
          /** Set when the server ended by itself (crash, out of memory): its exit code or signal. */
          exited: () => child.exitCode ?? child.signalCode ?? null,
        };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(log.join(''));
  throw new Error(`server on ${port} did not become healthy`);
}

/** Whether something accepts connections on 127.0.0.1:`port` (or on ::1, where `localhost` may go). */
async function portInUse(port) {
  const probe = (host) =>
    new Promise((resolve) => {
      const socket = createConnection({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  return (await probe('127.0.0.1')) || (await probe('::1'));
}

/** A port the system has free now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `npm run staff:create -- …args` against a server's environment (its database), before it starts.
 * Returns the setup URL it printed on stdout.
 */
export function createStaffFor(serverEnv, args) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/staff-create.ts',
      ...args,
    ],
    { cwd: root, env: serverEnv, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`staff:create ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim().split('\n').at(-1);
}
