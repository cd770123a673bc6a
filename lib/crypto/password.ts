// No 'server-only' marker: the seed script and jest's global setup import this outside Next.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// `Algorithm` is a const enum, which isolatedModules cannot read as a value; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * OWASP's argon2id baseline (m=19 MiB, t=2, p=1): ~20-40 ms per hash on this class of machine,
 * which bounds online guessing without letting a login flood exhaust memory.
 */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * When no account matches, a password is still verified against a throwaway hash so the answer
 * takes as long as for a real account (no enumeration by timing).
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy-password-for-timing-1');
  await verifyPassword(await dummyHash, password);
  return false;
}
