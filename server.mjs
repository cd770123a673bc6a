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
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';
import { parseProxyHops, stampClientAddress } from './lib/security/forwarded.mjs';

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
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    stampClientAddress(req, hops, token);
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
