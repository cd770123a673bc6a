import list from './common-passwords.json';

/**
 * The most common leaked passwords that would otherwise pass the policy (8+ characters with a digit),
 * in frequency order — from the public zxcvbn-ts "passwords-common" list, filtered to what the other
 * rules let through, so every entry here actually matters. Compared case-insensitively.
 */
const COMMON = new Set((list as string[]).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
