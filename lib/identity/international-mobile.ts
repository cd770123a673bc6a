import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalizeDigits, removeInvisibleMarks } from './digits';
import { normalizeMobile } from './mobile';

/**
 * A mobile number of any country in E.164 (`+447911123456`), for the international (en) form.
 * Iranian numbers are accepted in every written form normalizeMobile knows and stored as `09…`, the
 * form the SMS provider, the outbox and the rest of the portal use. Foreign numbers must carry their
 * country code (`+` or `00`), because the form cannot guess a student's home country.
 */
export function normalizeInternationalMobile(s: unknown): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const iranian = normalizeMobile(s);
  if (iranian) return iranian;
  const compact = removeInvisibleMarks(normalizeDigits(s))
    .replace(/[\s\-\u2010-\u2015().]/g, '')
    .replace(/^00/, '+');
  if (!/^\+\d{6,15}$/.test(compact)) return null;
  const parsed = parsePhoneNumberFromString(compact);
  if (!parsed || !parsed.isValid()) return null;
  const type = parsed.getType();
  // The min metadata often cannot tell mobile from fixed line; refuse only what is surely not a mobile.
  if (type && !['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER'].includes(type)) return null;
  return parsed.country === 'IR' ? normalizeMobile(parsed.number) : parsed.number;
}
