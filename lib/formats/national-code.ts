import { normalizeDigits, removeInvisibleMarks } from './digits';

/**
 * Iranian national code («کد ملی»): 9 digits plus a mod-11 check digit.
 *
 * Decisions (the project's test vectors, tests/fixtures/vectors/national-codes.json, follow them):
 * - separators people type or paste (spaces of any kind, every dash, ZWNJ, bidi marks) are dropped
 *   anywhere, so "376-284858-0" and "-6277430270" are accepted;
 * - then exactly 10 digits are required: 8/9-digit input is NOT zero-padded (a national code has
 *   ten digits, and padding silently turns typos into someone else's code);
 * - no issuing-office prefix list: published lists are incomplete and reject real codes;
 * - ten equal digits pass the checksum but are never issued, so they are rejected.
 */

// Hyphen-minus, the Unicode hyphens and dashes U+2010..U+2015, minus sign, small/full-width hyphen-minus.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const TEN_DIGITS = /^[0-9]{10}$/;
const NINE_DIGITS = /^[0-9]{9}$/;
const ALL_SAME = /^(\d)\1*$/;

/**
 * The check digit for the first nine digits, or null if `first9` is not exactly nine ASCII digits.
 * Weights 10..2; remainder r of 11 gives r when r < 2, else 11 - r.
 */
export function nationalCodeCheckDigit(first9: string): number | null {
  if (typeof first9 !== 'string' || !NINE_DIGITS.test(first9)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (first9.charCodeAt(i) - 0x30) * (10 - i);
  const r = sum % 11;
  return r < 2 ? r : 11 - r;
}

/** The canonical 10 ASCII digits, or null when the input is not a valid national code. */
export function normalizeNationalCode(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const code = removeInvisibleMarks(normalizeDigits(s)).replace(SEPARATORS, '');
  if (!TEN_DIGITS.test(code) || ALL_SAME.test(code)) return null;
  return nationalCodeCheckDigit(code.slice(0, 9)) === code.charCodeAt(9) - 0x30 ? code : null;
}

export function isValidNationalCode(s: unknown): boolean {
  return normalizeNationalCode(s) !== null;
}
