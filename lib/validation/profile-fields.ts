import { z } from 'zod';
import { normalizeDigits, removeInvisibleMarks } from '@/lib/formats/digits';
import { asText } from './text';

export { asText };

/**
 * Field building blocks of the applicant's forms. Pure (no I/O) so the browser runs the very same
 * schemas; every message is a key of the `errors` message namespace.
 */

const ZWNJ = '\u200c';

/**
 * Free text typed on Persian or Arabic keyboards: Arabic «ي» «ك» become Persian «ی» «ک», runs of
 * spaces collapse, ZWNJ is kept (it belongs inside words such as «می‌خواهم») but not doubled or at
 * the edges, and bidi control marks pasted from other apps are dropped.
 */
export function cleanText(s: string, { multiline = false } = {}): string {
  const persian = s.replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9');
  const noMarks = persian.replace(/[\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
  const zwnj = noMarks.replace(/\u200c{2,}/g, ZWNJ).replace(/\s*\u200c\s*/g, (m) => (/\s/.test(m) ? ' ' : m));
  if (multiline) {
    return zwnj
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return zwnj.replace(/\s+/g, ' ').trim();
}

/** Digits only: Persian/Arabic digits mapped, spaces, dashes and invisible marks dropped. */
export function digitsOnly(s: string): string {
  return removeInvisibleMarks(normalizeDigits(s)).replace(/[\s\-\u2010-\u2015\u2212./()]/g, '');
}

/** Required single-line text with length bounds. */
export function textField(min: number, max: number, requiredKey: string, lengthKey: string) {
  return z.preprocess(
    (v) => cleanText(asText(v)),
    z.string().min(1, { error: requiredKey, abort: true }).min(min, lengthKey).max(max, lengthKey),
  );
}

/** Required multi-line text (descriptions, ticket messages). */
export function longTextField(min: number, max: number, requiredKey: string, lengthKey: string) {
  return z.preprocess(
    (v) => cleanText(asText(v), { multiline: true }),
    z.string().min(1, { error: requiredKey, abort: true }).min(min, lengthKey).max(max, lengthKey),
  );
}

// Letters of any script (Persian and Latin names both occur: graduates of foreign universities),
// with spaces, ZWNJ, apostrophes and hyphens between them; no digits or symbols.
const NAME = /^[\p{L}\p{M}](?:[\p{L}\p{M}' \u200c-]*[\p{L}\p{M}])?$/u;

export function nameField(requiredKey: string, invalidKey: string) {
  return z.preprocess(
    (v) => cleanText(asText(v)),
    z
      .string()
      .min(1, { error: requiredKey, abort: true })
      .min(2, { error: invalidKey, abort: true })
      .max(50, { error: invalidKey, abort: true })
      .regex(NAME, invalidKey),
  );
}

/**
 * Iranian postal code (کد پستی), 10 digits. The rule used by Iran Post's address validators and the
 * common open-source checkers (e.g. persian-tools, laravel-validate): the first five digits (the
 * distribution area) never contain 0 or 2, the fifth digit is not 5, the last five never contain 2,
 * and the code does not start with four equal digits. Written forms such as «۱۳۴۵۶-۷۸۹۰۱» are accepted.
 */
export const POSTAL_CODE = /^(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}$/;

export function isValidPostalCode(s: string): boolean {
  return POSTAL_CODE.test(digitsOnly(s));
}

export const postalCodeField = z.preprocess(
  (v) => digitsOnly(asText(v)),
  z.string().min(1, { error: 'postalCodeRequired', abort: true }).regex(POSTAL_CODE, 'postalCodeInvalid'),
);

/**
 * A fixed-line number with its area code, canonical `0XXXXXXXXXX` (11 digits): area codes are
 * 0[1-8]X (021 Tehran, 031 Isfahan …); 09… is a mobile, not a landline. `+98 21 …` and `0098…` are
 * accepted and rewritten to the trunk-zero form.
 */
export function normalizeLandline(s: string): string | null {
  const compact = digitsOnly(s).replace(/^\+/, '');
  const national = compact.startsWith('0098')
    ? `0${compact.slice(4)}`
    : compact.startsWith('98') && compact.length === 12
      ? `0${compact.slice(2)}`
      : compact;
  return /^0[1-8]\d{9}$/.test(national) ? national : null;
}

/** Optional landline: empty stays empty, anything else must be a valid number. */
export const landlineField = z.preprocess(
  (v) => {
    const raw = asText(v);
    // An unrecognized number stays as typed, so the refine below reports it.
    return normalizeLandline(raw) ?? digitsOnly(raw);
  },
  z.string().refine((s) => s === '' || /^0[1-8]\d{9}$/.test(s), 'landlineInvalid'),
);
