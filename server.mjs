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
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';

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
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      hops,
    );
    req.headers[CLIENT_TOKEN_HEADER] = token;
    handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.info(`[server] ready on http://${hostname}:${port} (trusted proxy hops: ${hops})`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error('[server] could not start:', error);
    process.exit(1);
  });
}
