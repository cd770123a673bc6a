import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/env';

export interface KeyedHashOptions {
  /** The HMAC key; `AUTH_SECRET` (or the generated secret) when left out. */
  key?: string;
  encoding?: 'base64url' | 'hex';
  /** Keep only the first `length` characters (rate-limit and audit keys need no full digest). */
  length?: number;
}

/**
 * The one keyed hash of the portal: HMAC-SHA-256 of the parts joined by NUL. The first part names
 * what is hashed ('tombstone', 'limit', 'login-grant', …) so a hash made for one purpose never
 * matches another; NUL cannot occur in the parts, so two lists never join into the same text. Stored
 * hashes (codes, tombstones, recovery codes, audit subjects) depend on this exact construction.
 */
export function keyedHash(parts: readonly string[], options: KeyedHashOptions = {}): string {
  const digest = createHmac('sha256', options.key ?? authSecret())
    .update(parts.join('\u0000'))
    .digest(options.encoding ?? 'base64url');
  return options.length === undefined ? digest : digest.slice(0, options.length);
}

/** Compares two hashes or signatures in constant time (no early exit an attacker could time). */
export function sameDigest(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
