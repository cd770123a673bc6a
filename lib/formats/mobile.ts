import { normalizeDigits, removeInvisibleMarks } from './digits';

/**
 * Iranian mobile numbers, canonical form `09xxxxxxxxx` (what SMS providers and the outbox use).
 *
 * Accepted written forms, after Persian/Arabic digits are mapped and spaces, dashes, dots, brackets
 * and invisible marks are dropped: `09…`, `9…` (trunk zero forgotten), `+989…`, `00989…`, `989…`.
 * Anything else (a second `+`, `+98` followed by the trunk zero, slashes, letters, `tel:`) is refused
 * rather than guessed at.
 *
 * Operator prefix lists go stale whenever a new MVNO starts, so none is used. Only the allocated
 * mobile blocks are checked: 090–094 and 099. 095–098 are not mobile ranges (e.g. 0980… is a
 * published invalid example), and refusing them catches a class of typos.
 */

// Whitespace (NBSP included), every dash, dots, and the brackets people put around the area part.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D.()[\]{}]/g;
const WRITTEN_FORM = /^(?:\+98|0098|98|0)?(9\d{9})$/;
const ALLOCATED_BLOCK = /^9[0-49]/;

/** `09xxxxxxxxx`, or null when the input is not an Iranian mobile number. */
export function normalizeMobile(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const compact = removeInvisibleMarks(normalizeDigits(s)).replace(SEPARATORS, '');
  const match = WRITTEN_FORM.exec(compact);
  if (!match || !ALLOCATED_BLOCK.test(match[1])) return null;
  return `0${match[1]}`;
}

export function isValidMobile(s: unknown): boolean {
  return normalizeMobile(s) !== null;
}
