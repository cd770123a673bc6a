import 'server-only';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { env } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER, CLIENT_TOKEN_HEADER, limitBucket } from './forwarded.mjs';

/**
 * The client's address for rate limits and audit: only what server.mjs derived from the socket and
 * the operator's TRUST_PROXY_HOPS (lib/security/forwarded.mjs). The header counts only with the token
 * server.mjs generated at boot, so a client cannot choose its own bucket even if the app is started
 * some other way (`next dev`): there every client shares the one `unknown` bucket. A production
 * server refuses to start without server.mjs (lib/server-start.ts).
 */
export function clientAddress(headers: Headers): string {
  const token = env().PORTAL_CLIENT_TOKEN;
  if (token && headers.get(CLIENT_TOKEN_HEADER) === token) {
    return headers.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || 'unknown';
  }
  return 'unknown';
}

/**
 * Addresses are personal data: keys and audit rows carry a keyed hash, never the address. The hash is
 * of the address's limit bucket, so every address of one IPv6 /64 shares one set of limits.
 */
export function hashClientAddress(address: string): string {
  return keyedHash(['client', limitBucket(address)], { length: 22 });
}
