/**
 * The review queue on PostgreSQL with 100,000 applicants (scripts/bench-queue.ts on a scratch database).
 */
import path from 'node:path';
import { root } from '../lib/server.mjs';
import { postgresBackend } from './backends.mjs';
import { budget, section } from './common.mjs';

export const QUEUE_P99_GOAL_MS = 50;

export async function benchQueue() {
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
