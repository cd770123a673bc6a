import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret, env } from '@/lib/env';

/**
 * The client's address for rate limits and audit. X-Forwarded-For is only believed behind a proxy we
 * run (TRUST_PROXY), and then only its first hop; otherwise anyone could pick their own address.
 */
export function clientAddress(headers: Headers): string {
  if (env().TRUST_PROXY) {
    const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first.slice(0, 100);
  }
  const real = headers.get('x-real-ip')?.trim();
  return real ? real.slice(0, 100) : 'unknown';
}

/** A keyed hash of the address: usable as a limiter key and in audit rows without storing the address. */
export function hashClientAddress(addr: string): string {
  return createHmac('sha256', authSecret())
    .update(`client-address\u0000${addr}`)
    .digest('base64url')
    .slice(0, 32);
}
