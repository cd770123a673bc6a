/**
 * The production entry point (`npm start`): Next.js behind a plain node:http server, because only the
 * socket knows who is connected. Next's own server keeps any X-Forwarded-For the client sends (it
 * only fills the header when absent), so a header alone can never tell a client's address.
 *
 * For every request this server decides the client address from what the operator configured and
 * nothing else, and hands it to the app in a header that the client cannot write:
 * - TRUST_PROXY_HOPS unset or 0: the socket peer (the app is reached directly);
 * - TRUST_PROXY_HOPS=N: N trusted proxies stand in front; each appends the address it saw to
 *   X-Forwarded-For, so the client is the Nth entry from the right (counting the socket peer as
 *   entry 0). Entries further left were written by the client and are ignored.
 * Any incoming copy of the header is replaced, and the app only believes it together with a token
 * generated at boot, so `next start` run directly (without this file) falls back to one shared bucket.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';
import pino from 'pino';
import { withStaticPageCsp } from './lib/security/static-page-csp.mjs';

export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';
export const CLIENT_TOKEN_HEADER = 'x-portal-client-token';

/** IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is the IPv4 address; brackets and ports are not part of it. */
export function normalizeAddress(raw) {
  let a = String(raw ?? '').trim();
  if (a.startsWith('[')) a = a.slice(1, a.indexOf(']') > 0 ? a.indexOf(']') : undefined);
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  return a.slice(0, 64) || 'unknown';
}

/** The client address under `hops` trusted proxies (see the file comment). */
export function resolveClientAddress(socketPeer, forwardedFor, hops) {
  const chain = [socketPeer];
  if (hops > 0 && forwardedFor) {
    const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    chain.push(...list.reverse());
  }
  return normalizeAddress(chain[Math.min(hops, chain.length - 1)]);
}

function readHops(value) {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    console.error(`[server] TRUST_PROXY_HOPS must be a whole number from 0 to 10, not "${value}".`);
    process.exit(1);
  }
  return n;
}

/* ------------------------------------------------------------------ lifecycle, logs, shutdown */

/** Shared with the app (lib/lifecycle.ts): same process, another module graph. */
const LIFECYCLE = Symbol.for('student-affairs-portal.lifecycle');
const lifecycle = () => (globalThis[LIFECYCLE] ??= { started: false, draining: false });

/** The whole shutdown, from SIGTERM to exit; container runtimes usually allow 30 s. */
export const SHUTDOWN_DEADLINE_MS = 25_000;
/** While requests keep arriving after SIGTERM they are still served (the balancer sees /api/health/ready 503). */
const DRAIN_QUIET_MS = 1_000;
const DRAIN_ACCEPT_MAX_MS = 10_000;

const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'portal' },
  timestamp: pino.stdTimeFunctions.isoTime,
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The path without its query (queries may carry a recipient or a code): what the log calls the route. */
const routeOf = (url) =>
  String(url ?? '/')
    .split('?')[0]
    .slice(0, 200);

const outcomeOf = (status, finished) =>
  !finished ? 'aborted' : status >= 500 ? 'error' : status >= 400 ? 'refused' : 'ok';

/**
 * Counts requests in flight and logs one JSON line per request (id, method, route, status, outcome,
 * duration); never headers, queries or bodies. While draining, answers carry `Connection: close`.
 */
function track(req, res, traffic) {
  const started = process.hrtime.bigint();
  const id = randomUUID();
  traffic.inflight += 1;
  traffic.lastRequestAt = Date.now();
  res.setHeader('X-Request-Id', id);
  if (lifecycle().draining) res.setHeader('Connection', 'close');
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    traffic.inflight -= 1;
    logger.info({
      event: 'request',
      requestId: id,
      method: req.method,
      route: routeOf(req.url),
      status: res.statusCode,
      outcome: outcomeOf(res.statusCode, res.writableFinished),
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
    });
  };
  res.once('finish', end);
  res.once('close', end);
}

/**
 * SIGTERM/SIGINT: readiness turns 503 at once; requests that keep arriving are still served until the
 * traffic has been quiet for a moment (a balancer needs a few seconds to notice); then the listener
 * closes, requests in flight finish, the app stops its worker and connections, and the process exits
 * — by SHUTDOWN_DEADLINE_MS at the latest, with a non-zero code if it had to cut anything.
 */
function installShutdown(server, traffic) {
  const shutdown = async (signal) => {
    if (lifecycle().draining) return;
    lifecycle().draining = true;
    const t0 = Date.now();
    logger.info({ event: 'server.draining', signal, inflight: traffic.inflight });
    setTimeout(() => {
      logger.error({ event: 'server.shutdown_timeout', inflight: traffic.inflight });
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    while (
      Date.now() - t0 < DRAIN_ACCEPT_MAX_MS &&
      (traffic.inflight > 0 || Date.now() - traffic.lastRequestAt < DRAIN_QUIET_MS)
    )
      await sleep(25);
    server.close();
    server.closeIdleConnections();
    while (traffic.inflight > 0 && Date.now() - t0 < SHUTDOWN_DEADLINE_MS - 6_000) await sleep(25);
    server.closeAllConnections();
    try {
      await Promise.race([lifecycle().stop?.(), sleep(5_000)]);
    } catch (error) {
      logger.error({ event: 'server.stop_failed', error: error?.name ?? 'unknown' });
    }
    logger.info({ event: 'server.stopped', ms: Date.now() - t0 });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function main() {
  const hops = readHops(process.env.TRUST_PROXY_HOPS);
  const port = Number(process.env.PORT ?? 3000);
  // Not HOSTNAME: shells and containers export it as the machine's name.
  const hostname = process.env.HOST ?? '0.0.0.0';
  // Read by lib/security/client-address.ts in this same process; never leaves it.
  const token = randomBytes(24).toString('base64url');
  process.env.PORTAL_CLIENT_TOKEN = token;

  const app = next({ dev: false, hostname, port });
  await app.prepare();
  // Cached public pages get their inline-script hashes in the CSP (docs/decisions/0005-fast-public-pages.md).
  const handle = withStaticPageCsp(app.getRequestHandler());
  // instrumentation.ts prepares the database and starts the worker (or exits non-zero when it cannot).
  // Its own retries are bounded (DB_START_ATTEMPTS); this only guards against a start that never ends.
  for (const t0 = Date.now(); !lifecycle().started; await sleep(50)) {
    if (Date.now() - t0 > 300_000) throw new Error('the app did not finish starting in 5 minutes');
  }

  const traffic = { inflight: 0, lastRequestAt: 0 };
  const server = createServer((req, res) => {
    track(req, res, traffic);
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      hops,
    );
    req.headers[CLIENT_TOKEN_HEADER] = token;
    handle(req, res);
  });
  installShutdown(server, traffic);
  server.listen(port, hostname, () => {
    logger.info({ event: 'server.ready', url: `http://${hostname}:${port}`, trustedProxyHops: hops });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error('[server] could not start:', error);
    process.exit(1);
  });
}
