/**
 * Digit handling shared by the identity validators and the date formatters.
 *
 * Iranian users type with Persian keyboards (۰-۹, U+06F0..U+06F9) and sometimes Arabic ones
 * (٠-٩, U+0660..U+0669); the two sets look alike but are different code points, so both must map.
 * Other digit systems (full-width, Devanagari, …) are deliberately left alone: no Iranian keyboard
 * produces them and accepting them would widen what the validators let through.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

const NON_ASCII_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;
const ASCII_OR_ARABIC_DIGIT = /[0-9\u0660-\u0669]/g;

/**
 * Invisible characters that copy-paste and RTL text fields slip into numbers: zero-width space,
 * ZWNJ, ZWJ, LRM, RLM, Arabic letter mark, the bidi embeddings/overrides/isolates, word joiner,
 * BOM and the soft hyphen. None of them can be part of a real identifier.
 */
const INVISIBLE_MARKS = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// Keeping the type check lets callers pass form values (possibly null) without a throw.
function asString(s: unknown): string {
  return typeof s === 'string' ? s : '';
}

/** Persian ۰-۹ and Arabic-Indic ٠-٩ → ASCII 0-9; everything else unchanged. */
export function normalizeDigits(s: string): string {
  return asString(s).replace(NON_ASCII_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String.fromCharCode(0x30 + code - zero);
  });
}

/**
 * ASCII (and Arabic-Indic, whose 4/5/6 are drawn differently) digits → Persian digits.
 * Numbers go through String(), so 1.5 becomes «۱.۵» with the ASCII point kept.
 */
export function toPersianDigits(s: string | number): string {
  const text = typeof s === 'number' ? String(s) : asString(s);
  return text.replace(ASCII_OR_ARABIC_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    const value = code >= ARABIC_INDIC_ZERO ? code - ARABIC_INDIC_ZERO : code - 0x30;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}

/** Persian digits for the `fa` locale (and `fa-IR` etc.); other locales get the text unchanged. */
export function localizeDigits(s: string | number, locale: string): string {
  const text = typeof s === 'number' ? String(s) : asString(s);
  const lang = asString(locale).toLowerCase();
  return lang === 'fa' || lang.startsWith('fa-') ? toPersianDigits(text) : text;
}

/** Removes zero-width and bidi control characters (see INVISIBLE_MARKS). */
export function removeInvisibleMarks(s: string): string {
  return asString(s).replace(INVISIBLE_MARKS, '');
}
