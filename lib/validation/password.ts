import { z } from 'zod';
import { asText } from './text';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * Checks that need data too big for the browser (the common-password list is 66 kB). The server
 * actions pass `serverChecks` (lib/validation/server-checks.ts); the browser runs
 * the same schema without them and learns about a common password from the action's answer.
 */
export interface PasswordServerChecks {
  isCommonPassword(password: string): boolean;
}

/**
 * The password policy of the portal: 8–128 characters (long passphrases welcome), at least one digit,
 * and, on the server, not one of the most common leaked passwords. Passwords are never trimmed or
 * normalized: what the applicant typed is what is hashed.
 */
export function passwordField(server?: Partial<PasswordServerChecks>) {
  return z.preprocess(
    asText,
    z.string().superRefine((value, ctx) => {
      if (value.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'passwordRequired' });
        return;
      }
      if (value.length < PASSWORD_MIN) ctx.addIssue({ code: 'custom', message: 'passwordTooShort' });
      if (value.length > PASSWORD_MAX) ctx.addIssue({ code: 'custom', message: 'passwordTooLong' });
      if (!/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(value))
        ctx.addIssue({ code: 'custom', message: 'passwordNoDigit' });
      if (server?.isCommonPassword?.(value)) ctx.addIssue({ code: 'custom', message: 'passwordCommon' });
    }),
  );
}

const browserPassword = passwordField();

/**
 * The applicant's own identifiers are the first thing an attacker tries: refuse a password that
 * contains the national code, the mobile (either written form) or the passport number.
 */
export function passwordContainsIdentifier(
  password: string,
  identifiers: Array<string | null | undefined>,
): boolean {
  const lower = password.toLowerCase();
  return identifiers.some((id) => {
    if (!id || id.length < 5) return false;
    const forms = [id.toLowerCase()];
    if (/^09\d{9}$/.test(id)) forms.push(id.slice(1));
    if (/^\+\d+$/.test(id)) forms.push(id.slice(1));
    return forms.some((f) => lower.includes(f));
  });
}

export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

/**
 * The live hint beside the password: a rough measure that rewards length and variety. It advises only;
 * the schema above decides (the common-password check happens on the server).
 */
export function passwordStrength(password: string): PasswordStrength {
  if (!password) return 'empty';
  if (browserPassword.safeParse(password).success === false) return 'weak';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length >= 14 || (password.length >= 10 && classes >= 3)) return 'strong';
  return 'fair';
}
