import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

/**
 * Finding 1 of the security audit: a production server never runs while a staff account still has a
 * published demo password. The database is seeded as development does (demo staff included), then
 * the production server (`npm start`) must exit by itself with a message that says how to fix it;
 * after `npm run staff:create -- --reset` for each demo account, the same start succeeds.
 */
const root = process.cwd();
const PORT = 4310;
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function startProduction(dataDir: string): Promise<{ code: number | null; log: string; up: boolean }> {
  return new Promise((resolve) => {
    // What `npm start` runs.
    const child = spawn(process.execPath, [path.join(root, 'server.mjs')], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(PORT),
        DATA_DIR: dataDir,
        AUTH_SECRET: 'production-check-secret-production-check',
        APP_URL: `http://localhost:${PORT}`,
        OUTBOX_API: '1',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
    };
    let healthy = false;
    const deadline = Date.now() + 90_000;
    const poll = async () => {
      if (child.exitCode !== null) return;
      try {
        const res = await fetch(`http://localhost:${PORT}/api/health`);
        if (res.ok) {
          healthy = true;
          stop();
          return;
        }
      } catch {
        /* not up */
      }
      if (Date.now() > deadline) {
        stop();
        return;
      }
      setTimeout(poll, 500);
    };
    // One place resolves: when the process ends, whether it refused, was stopped healthy, or timed out.
    child.once('exit', (code) => resolve({ code: healthy ? null : code, log, up: healthy }));
    void poll();
  });
}

test(
  'a production start refuses demo staff passwords and says how to fix it; after a reset it starts',
  { timeout: 240_000 },
  async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sa-demo-staff-'));
    try {
      // A database seeded by a development server: the demo staff with their published passwords.
      const seeded = spawnSync(process.execPath, [tsx, '--conditions=react-server', 'scripts/db.ts'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      assert.equal(seeded.status, 0, seeded.stderr);

      // The codes staff:create takes, one line per university: code, a tab, the name.
      const list = spawnSync(
        process.execPath,
        [tsx, '--conditions=react-server', 'scripts/staff-create.ts', '--list-universities'],
        {
          cwd: root,
          env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir },
          encoding: 'utf8',
        },
      );
      assert.equal(list.status, 0, list.stderr);
      const lines = list.stdout.trim().split('\n');
      assert.ok(lines.includes('demo-university\tدانشگاه نمونه'), list.stdout);
      assert.ok(lines.every((l) => /^[a-z0-9-]+\t\S/.test(l)));

      const refused = await startProduction(dataDir);
      assert.equal(refused.up, false, 'the server must not come up');
      assert.notEqual(refused.code, 0);
      assert.match(
        refused.log,
        /Refusing to start: 2 staff account\(s\) still have a published demo password: admin, demo-staff/,
      );
      assert.match(refused.log, /npm run staff:create -- --reset USERNAME/);

      for (const username of ['admin', 'demo-staff']) {
        const reset = spawnSync(
          process.execPath,
          [tsx, '--conditions=react-server', 'scripts/staff-create.ts', '--reset', username],
          {
            cwd: root,
            env: {
              ...process.env,
              NODE_ENV: 'production',
              DATA_DIR: dataDir,
              AUTH_SECRET: 'production-check-secret-production-check',
            },
            encoding: 'utf8',
          },
        );
        assert.equal(reset.status, 0, reset.stderr);
        assert.match(
          reset.stdout.trim(),
          /^http:\/\/localhost:3000\/fa\/university\/setup\/[A-Za-z0-9_-]{43}$/,
        );
      }
      const started = await startProduction(dataDir);
      assert.equal(started.up, true, started.log.slice(-2000));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
