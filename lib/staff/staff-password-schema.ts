import { z } from 'zod';
import { passwordField, type PasswordServerChecks } from '@/lib/validation/password';
import { asText } from '@/lib/validation/text';

/**
 * The staff password form (setup link and change of password): the applicants' password policy, typed
 * twice. The browser runs it without the common-password list; the server action with it.
 */
export function staffPasswordSchema(server?: Partial<PasswordServerChecks>) {
  return z
    .object({
      password: passwordField(server),
      passwordConfirm: z.preprocess(asText, z.string()),
    })
    .superRefine((v, ctx) => {
      if (!v.passwordConfirm)
        ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordConfirmRequired' });
      else if (v.passwordConfirm !== v.password)
        ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordMismatch' });
    });
}

/** A 6-digit authenticator code or a recovery code (XXXXX-XXXXX), Persian digits accepted. */
const totpField = (invalid: 'totpInvalid' | 'signInTotpInvalid') =>
  z.preprocess(
    asText,
    z
      .string()
      .trim()
      .min(1, 'totpRequired')
      .max(20, invalid)
      .regex(/^[0-9\u06F0-\u06F9\u0660-\u0669A-Za-z\s-]+$/, invalid),
  );

/** The setup link's first authenticator code. */
export const totpSchema = z.object({ totp: totpField('totpInvalid') });

/** The staff sign-in's second step: an authenticator code or one of the recovery codes. */
export const signInTotpSchema = z.object({ totp: totpField('signInTotpInvalid') });
