/**
 * The password policy's browser-side rules as plain code (no zod), so the live strength hint on the
 * registration form needs no schema library in the page's first-load JavaScript. `passwordField`
 * (lib/validation/password.ts) reports exactly these issues, plus the server's common-password check.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * The policy of the portal: 8–128 characters (long passphrases welcome) and at least one digit (the
 * guide's rule). Returns the message keys of every rule broken, in the order the schema reports them.
 */
export function passwordRuleIssues(value: string): string[] {
  if (value.length === 0) return ['passwordRequired'];
  const issues: string[] = [];
  if (value.length < PASSWORD_MIN) issues.push('passwordTooShort');
  if (value.length > PASSWORD_MAX) issues.push('passwordTooLong');
  if (!/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(value)) issues.push('passwordNoDigit');
  return issues;
}

export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

/**
 * The live hint beside the password: a rough measure that rewards length and variety. It advises only;
 * the schema decides (the common-password check happens on the server).
 */
export function passwordStrength(password: string): PasswordStrength {
  if (!password) return 'empty';
  if (passwordRuleIssues(password).length > 0) return 'weak';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length >= 14 || (password.length >= 10 && classes >= 3)) return 'strong';
  return 'fair';
}
