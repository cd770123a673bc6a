/**
 * One backend (PGlite, or a scratch PostgreSQL database): public pages against the bare server,
 * then registration, enumeration and sign-in on the same server.
 */
import net from 'node:net';
import { baseEnv, startServer } from '../lib/server.mjs';
import { benchAuth } from './auth.mjs';
import {
  ONLY_PAGES,
  PORT,
  SERVER_OPTIONS,
  bareServer,
  budget,
  fmt,
  load,
  safeFetch,
  section,
} from './common.mjs';
import { benchEnumeration } from './enumeration.mjs';
import { benchRegistration } from './registration.mjs';

export function isReachable(host, port) {
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

export async function postgresBackend() {
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

/** `hashesPerSecond`: the argon2id rate measured in this run (the sign-in goals are ratios of it). */
export async function benchBackend(label, extraEnv, hashesPerSecond) {
  section(`${label}: next start on port ${PORT}`);
  const server = await startServer(PORT, { ...AUTH_SERVER_ENV, ...extraEnv }, SERVER_OPTIONS);
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
    await benchAuth(url, label, hashesPerSecond);
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
