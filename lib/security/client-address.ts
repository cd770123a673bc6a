import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret, env } from '@/lib/env';

/**
 * The client's address for rate limits and audit. X-Forwarded-For is client-controlled unless a
 * trusted proxy sets it, so its first hop is believed only with TRUST_PROXY=1 (set it behind your
 * load balancer); otherwise the address the server itself saw (x-real-ip as Next passes it on).
 */
export function clientAddress(headers: Headers): string {
  if (env().TRUST_PROXY) {
    const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return headers.get('x-real-ip')?.trim().slice(0, 64) || 'unknown';
}

/** Addresses are personal data: keys and audit rows carry a keyed hash, never the address. */
export function hashClientAddress(address: string): string {
  return createHmac('sha256', authSecret()).update(`client\u0000${address}`).digest('base64url').slice(0, 22);
}
