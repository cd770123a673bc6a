import { getCountries } from 'libphonenumber-js';

/**
 * Countries of citizenship for the international form, as ISO 3166-1 alpha-2 codes. Iran is left out:
 * Iranian citizens register on the Persian page with their national code.
 */
export const CITIZENSHIP_CODES: readonly string[] = getCountries()
  .filter((c) => c !== 'IR')
  .sort();

export function isCitizenshipCode(code: string): boolean {
  return CITIZENSHIP_CODES.includes(code);
}

/** English (or Persian) country names from the runtime's CLDR data, sorted for a select. */
export function citizenshipOptions(locale: string): Array<{ code: string; name: string }> {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = null;
  }
  return CITIZENSHIP_CODES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}
