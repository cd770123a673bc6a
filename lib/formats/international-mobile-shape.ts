import { normalizeDigits, removeInvisibleMarks } from './digits';
import { normalizeMobile } from './mobile';

/**
 * The part of the international-mobile rule that needs no phone metadata: an Iranian number in any
 * written form (→ `09…`), or `+`/`00` and 6–15 digits (→ `+…`). Whether such a number exists is
 * normalizeInternationalMobile's job (libphonenumber-js), which the browser loads only for the en form.
 */
export function internationalMobileShape(s: unknown): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const iranian = normalizeMobile(s);
  if (iranian) return iranian;
  const compact = removeInvisibleMarks(normalizeDigits(s))
    .replace(/[\s\-\u2010-\u2015().]/g, '')
    .replace(/^00/, '+');
  return /^\+\d{6,15}$/.test(compact) ? compact : null;
}
