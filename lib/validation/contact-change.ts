import { z } from 'zod';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeMobile } from '@/lib/formats/mobile';
import { asText, digitsOnly } from './profile-fields';

export const CONTACT_KINDS = ['mobile', 'email'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

const password = z.preprocess(
  asText,
  z.string().min(1, 'currentPasswordRequired').max(200, 'currentPasswordRequired'),
);

/** The new address, normalized the way the account stores it (09… for mobiles, lower-case domain). */
function newValueField(kind: ContactKind) {
  return z.preprocess(
    (v) => {
      const raw = asText(v);
      if (raw.trim() === '') return '';
      return (kind === 'mobile' ? normalizeMobile(raw) : normalizeEmail(raw)) ?? `\u0000${raw}`;
    },
    z
      .string()
      .min(1, { error: kind === 'mobile' ? 'newMobileRequired' : 'newEmailRequired', abort: true })
      .refine((s) => !s.startsWith('\u0000'), kind === 'mobile' ? 'newMobileInvalid' : 'newEmailInvalid'),
  );
}

/** Asking for a code: the new address and the current password. */
export function requestContactCodeSchema(kind: ContactKind) {
  return z.object({ newValue: newValueField(kind), currentPassword: password });
}

/** Confirming: the same plus the six-digit code sent to the new address. */
export function confirmContactChangeSchema(kind: ContactKind) {
  return requestContactCodeSchema(kind).extend({
    code: z.preprocess(
      (v) => digitsOnly(asText(v)),
      z
        .string()
        .min(1, { error: 'codeRequired', abort: true })
        .regex(/^\d{6}$/, 'codeInvalid'),
    ),
  });
}

export type RequestContactCodeInput = z.infer<ReturnType<typeof requestContactCodeSchema>>;
export type ConfirmContactChangeInput = z.infer<ReturnType<typeof confirmContactChangeSchema>>;
