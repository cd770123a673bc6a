/**
 * E-mail addresses exactly as browsers judge `<input type=email>` (WHATWG HTML "valid e-mail address"),
 * so the server never refuses what the form let through, nor the reverse.
 *
 * The rule is ASCII-only on purpose: a Persian local part is refused, an IDN domain must arrive in
 * punycode. Quoted local parts and IP literals are refused, as the standard does.
 */

// Verbatim from the HTML standard. Labels cannot contain '.', so every label has one possible
// length and the regex backtracks linearly, even on hostile input.
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

const LINE_BREAKS = /[\r\n]/g;
// ASCII whitespace in the HTML sense: tab, LF, FF, CR, space (not NBSP, not ZWNJ).
const EDGE_ASCII_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** The browser's value sanitization for type=email: drop CR/LF anywhere, trim ASCII whitespace. */
export function sanitizeEmail(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s.replace(LINE_BREAKS, '').replace(EDGE_ASCII_WHITESPACE, '');
}

export function isValidEmail(s: unknown): boolean {
  return WHATWG_EMAIL.test(sanitizeEmail(s));
}

/**
 * The sanitized address with its domain lower-cased (domains are case-insensitive; the local part
 * is left alone because, strictly, it is not), or null when invalid.
 */
export function normalizeEmail(s: unknown): string | null {
  const email = sanitizeEmail(s);
  if (!WHATWG_EMAIL.test(email)) return null;
  const at = email.indexOf('@');
  return email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}
