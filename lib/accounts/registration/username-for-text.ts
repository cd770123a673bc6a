import { localizeDigits } from '@/lib/formats/digits';

/**
 * A username as a message shows it: a national code takes Persian digits on fa, like every number in a
 * Persian text; an email username stays as typed, or it would stop being an address.
 */
export function usernameForText(username: string, locale: string | null | undefined): string {
  return /^\d+$/.test(username) ? localizeDigits(username, locale === 'en' ? 'en' : 'fa') : username;
}
