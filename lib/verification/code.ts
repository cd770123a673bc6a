import 'server-only';
import { randomInt } from 'node:crypto';
import { keyedHash, sameDigest } from '@/lib/crypto/keyed-hash';
import { authSecret, env } from '@/lib/env';

export const CODE_LENGTH = 6;
export const MAX_ATTEMPTS = 5;

/** Six digits from the CSPRNG: typeable on any phone keypad and readable aloud by the voice call. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, '0');
}

function pepper(): string {
  return env().OTP_SECRET ?? authSecret();
}

/**
 * A keyed hash (HMAC-SHA-256) rather than argon2: the code space is only a million values, so a slow
 * hash would not stop offline guessing anyway, while the server-side key does; attempts are capped
 * online. Bound to purpose and target so a hash cannot be replayed for another address.
 */
export function hashCode(purpose: string, target: string, code: string): string {
  return keyedHash([purpose, target, code], { key: pepper() });
}

export function codeMatches(purpose: string, target: string, code: string, storedHash: string): boolean {
  return sameDigest(hashCode(purpose, target, code), storedHash);
}
