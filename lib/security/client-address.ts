import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret, env } from '@/lib/env';

/** Set by server.mjs on every request, replacing whatever the client sent (see server.mjs). */
const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';
const CLIENT_TOKEN_HEADER = 'x-portal-client-token';

/**
 * The client's address for rate limits and audit: only what server.mjs derived from the socket and
 * the operator's TRUST_PROXY_HOPS. The header counts only with the token server.mjs generated at
 * boot, so a client cannot choose its own bucket even if the app is started some other way
 * (`next dev`, a bare `next start`): there every client shares the one `unknown` bucket.
 */
export function clientAddress(headers: Headers): string {
  const token = env().PORTAL_CLIENT_TOKEN;
  if (token && headers.get(CLIENT_TOKEN_HEADER) === token) {
    return headers.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || 'unknown';
  }
  return 'unknown';
}

/** Addresses are personal data: keys and audit rows carry a keyed hash, never the address. */
export function hashClientAddress(address: string): string {
  return createHmac('sha256', authSecret()).update(`client\u0000${address}`).digest('base64url').slice(0, 22);
}
