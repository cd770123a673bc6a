/**
 * The production entry point (`npm start`): Next.js behind a plain node:http server, because only the
 * socket knows who is connected. Next's own server keeps any X-Forwarded-For the client sends (it
 * only fills the header when absent), so a header alone can never tell a client's address.
 *
 * For every request this server decides the client address from the socket and the operator's
 * TRUST_PROXY_HOPS (the rule is in lib/security/forwarded.mjs) and hands it to the app in a header
 * that carries a token generated at boot. Any incoming copy of either header is replaced, and the app
 * believes the address only with that token; a production server started any other way (a bare
 * `next start`) refuses to start (lib/server-start.ts), so clients can never pick their own bucket.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';
import pino from 'pino';
import { parseProxyHops, stampClientAddress } from './lib/security/forwarded.mjs';
import { withStaticPageCsp } from './lib/security/static-page-csp.mjs';
import {
  INTERNAL_404_HEADER,
  NOT_FOUND_PATH,
  withServerRendered404,
} from './lib/http/server-rendered-404.mjs';
import { withKnownMethods } from './lib/http/known-methods.mjs';

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
      // Quiet since the signal too: connections already accepted by the kernel but not yet read (and
      // a balancer that has not noticed yet) are served even when the last request was long before.
      (traffic.inflight > 0 || Date.now() - Math.max(t0, traffic.lastRequestAt) < DRAIN_QUIET_MS)
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
  const { hops, error } = parseProxyHops(process.env.TRUST_PROXY_HOPS);
  if (error) {
    console.error(`[server] ${error}`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  // Not HOSTNAME: shells and containers export it as the machine's name.
  const hostname = process.env.HOST ?? '0.0.0.0';
  // Read by lib/security/client-address.ts in this same process; never leaves it.
  const token = randomBytes(24).toString('base64url');
  process.env.PORTAL_CLIENT_TOKEN = token;

  const app = next({ dev: false, hostname, port });
  await app.prepare();
  // Cached public pages get their inline-script hashes in the CSP (docs/decisions/0005-fast-public-pages.md).
  // A page's notFound() is answered with the server-drawn 404 page (lib/http/server-rendered-404.mjs).
  const self = `http://${hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname}:${port}`;
  const fetchNotFound = (locale, req) =>
    fetch(`${self}/${locale}/${NOT_FOUND_PATH}`, {
      headers: {
        [INTERNAL_404_HEADER]: '1',
        accept: 'text/html',
        ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  const handle = withKnownMethods(
    withServerRendered404(withStaticPageCsp(app.getRequestHandler()), fetchNotFound),
  );
  // instrumentation.ts prepares the database and starts the worker (or exits non-zero when it cannot).
  // Its own retries are bounded (DB_START_ATTEMPTS); this only guards against a start that never ends.
  for (const t0 = Date.now(); !lifecycle().started; await sleep(50)) {
    if (Date.now() - t0 > 300_000) throw new Error('the app did not finish starting in 5 minutes');
  }

  const traffic = { inflight: 0, lastRequestAt: 0 };
  const server = createServer((req, res) => {
    track(req, res, traffic);
    stampClientAddress(req, hops, token);
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
