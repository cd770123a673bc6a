import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { internationalMobileShape } from './international-mobile-shape';
import { normalizeMobile } from './mobile';

/**
 * A mobile number of any country in E.164 (`+447911123456`), for the international (en) form.
 * Iranian numbers are accepted in every written form normalizeMobile knows and stored as `09…`, the
 * form the SMS provider, the outbox and the rest of the portal use. Foreign numbers must carry their
 * country code (`+` or `00`), because the form cannot guess a student's home country.
 */
export function normalizeInternationalMobile(s: unknown): string | null {
  const compact = internationalMobileShape(s);
  if (!compact || !compact.startsWith('+')) return compact;
  const parsed = parsePhoneNumberFromString(compact);
  if (!parsed || !parsed.isValid()) return null;
  const type = parsed.getType();
  // The min metadata often cannot tell mobile from fixed line; refuse only what is surely not a mobile.
  if (type && !['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER'].includes(type)) return null;
  return parsed.country === 'IR' ? normalizeMobile(parsed.number) : parsed.number;
}
