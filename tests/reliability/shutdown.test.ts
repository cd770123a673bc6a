/**
 * Clean stop and start: SIGTERM to `npm start` under 50 concurrent requests answers every
 * one of them (no reset connection), turns readiness to 503, and exits within the deadline without
 * leaving a server behind; a server whose database cannot be reached exits non-zero with a clear message.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createConnection } from 'node:net';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { root, startServer, stopAll } from '../../scripts/lib/server.mjs';
import { PORT_BASE, sleep } from './helpers';

after(() => stopAll());

/** One GET on its own connection: its status, or the socket error (ECONNRESET, ECONNREFUSED …). */
function get(port: number, path: string): Promise<{ status?: number; error?: string; bytes: number }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, bytes }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, bytes: 0 }));
    req.end();
  });
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('shutdown', () => {
  test('SIGTERM to npm start under 50 concurrent requests: all answered, 503 on readiness, exit in time', async () => {
    const server = await startServer(PORT_BASE + 4, {}, { viaNpm: true, name: 'reliability-sigterm' });
    const { port } = server;
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      server.child.once('exit', (code: number | null) => resolve({ code, at: Date.now() })),
    );
    // Warm the page so the burst measures serving, not first compilation.
    await get(port, '/fa');
    const pages = ['/fa', '/en', '/fa/register', '/fa/login', '/fa/news', '/fa/faq'];
    const burst = Array.from({ length: 50 }, (_, i) => get(port, pages[i % pages.length]));
    await sleep(30);
    const t0 = Date.now();
    // To npm itself (not the process group): npm must pass it on to the server.
    process.kill(server.pid, 'SIGTERM');
    await sleep(100);
    const ready = await get(port, '/api/health/ready');
    const results = await Promise.all(burst);
    const { code, at } = await exited;

    const resets = results.filter((r) => r.error);
    console.info(
      `# SIGTERM under 50 requests: ${results.filter((r) => r.status === 200).length} answered 200, ` +
        `${resets.length} errors, readiness ${ready.status}, exit ${code} after ${at - t0} ms`,
    );
    assert.deepEqual(resets, [], 'no request was cut');
    assert.equal(results.filter((r) => r.status === 200).length, 50);
    assert.equal(ready.status, 503, 'readiness turned 503 while draining');
    assert.equal(code, 0);
    assert.ok(at - t0 < 25_000, `exited after ${at - t0} ms`);
    assert.equal(await portOpen(port), false, 'nothing is left listening on the port');
  });

  test('a database that cannot be reached: retries, then exits non-zero with a clear message', async () => {
    const port = PORT_BASE + 5;
    const child = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        // Nothing listens there: every connection is refused.
        DATABASE_URL: `postgres://postgres@127.0.0.1:${PORT_BASE + 11}/none`,
        DB_START_ATTEMPTS: '3',
        AUTH_SECRET: 'reliability-secret-reliability-secret-0001',
        APP_URL: `http://localhost:${port}`,
        // No providers here: the outbox is allowed explicitly, or the production check refuses first.
        OUTBOX_API: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    let served = false;
    const probe = setInterval(() => {
      void portOpen(port).then((open) => (served ||= open));
    }, 100);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearInterval(probe);
    assert.notEqual(code, 0);
    assert.equal(served, false, 'it never listened');
    assert.match(output, /could not prepare the database after 3 attempts/);
    assert.match(output, /server\.database_retry/);
  });
});
