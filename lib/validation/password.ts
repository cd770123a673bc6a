import { z } from 'zod';
import { passwordRuleIssues } from './password-rules';
import { asText } from './text';

export { PASSWORD_MAX, PASSWORD_MIN, passwordStrength, type PasswordStrength } from './password-rules';

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
      const issues = passwordRuleIssues(value);
      for (const message of issues) ctx.addIssue({ code: 'custom', message });
      if (value.length === 0) return;
      if (server?.isCommonPassword?.(value)) ctx.addIssue({ code: 'custom', message: 'passwordCommon' });
    }),
  );
}

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
