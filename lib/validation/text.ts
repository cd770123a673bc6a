import { normalizeDigits, removeInvisibleMarks } from '@/lib/formats/digits';

const ZWNJ = '\u200C';

/** Form values arrive as strings, but a hostile request can send anything: treat the rest as empty. */
export const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Names typed on Arabic keyboards carry «ي» and «ك»; Persian uses «ی» and «ک», and a national
 * register must hold one spelling. Spaces are trimmed and collapsed, ZWNJ (part of Persian spelling,
 * as in «محمدحسین» vs «محمد‌حسین») is kept inside words but not at the edges or doubled.
 */
export function normalizePersonName(raw: string): string {
  return raw
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0649/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u00AD\u061C\u200B\u200D-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '')
    .replace(/\u200C{2,}/g, ZWNJ)
    .replace(/\s+/g, ' ')
    .replace(/ ?\u200C ?/g, ZWNJ)
    .replace(/^[\s\u200C]+|[\s\u200C]+$/g, '');
}

/** Digits in any of the three scripts, without spaces or invisible marks: for codes and date parts. */
export function compactDigits(raw: string): string {
  return removeInvisibleMarks(normalizeDigits(raw)).replace(/\s+/g, '');
}
