import { z } from 'zod';
import { asText } from './text';
import { humanCheckField } from './fields';
import { passwordField, type PasswordServerChecks } from './password';

/**
 * Password recovery and forgotten-username forms. Messages are keys of the `errors`
 * namespace (the password rules reuse the registration policy's keys).
 */
const identifier = z.preprocess(
  asText,
  z.string().trim().min(1, 'identifierRequired').max(320, 'identifierRequired'),
);
export const resetChannels = ['sms', 'voice', 'email'] as const;
const channel = z.enum(resetChannels, { message: 'channelRequired' });

/** Every code sent costs a solved human check (its proof is verified and spent by the server). */
export const requestResetSchema = z.object({ nationalCode: identifier, channel, altcha: humanCheckField });

/** `server` adds the checks too big for the browser; the server action always passes them. */
export const resetPasswordSchema = (server?: Partial<PasswordServerChecks>) =>
  z
    .object({
      nationalCode: identifier,
      channel,
      code: z
        .preprocess(asText, z.string())
        .transform((v) => v.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
        .transform((v) => v.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)))
        .transform((v) => v.replace(/\s+/g, ''))
        .pipe(z.string().regex(/^\d{6}$/, 'codeInvalid')),
      password: passwordField(server),
      passwordConfirm: z.preprocess(asText, z.string()),
    })
    .refine((v) => v.password === v.passwordConfirm, {
      path: ['passwordConfirm'],
      message: 'passwordMismatch',
    });

export const remindUsernameSchema = z.object({
  contact: z.preprocess(asText, z.string().trim().min(1, 'contactRequired').max(320, 'contactRequired')),
  altcha: humanCheckField,
});

export type ResetChannel = (typeof resetChannels)[number];
