import { z } from 'zod';
import { internationalMobileShape } from '@/lib/formats/international-mobile-shape';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeMobile } from '@/lib/formats/mobile';
import { normalizeNationalCode } from '@/lib/formats/national-code';
import { asText, compactDigits, normalizePersonName } from './text';

/**
 * Field schemas shared by every form of the portal. Pure (no I/O), so the browser runs the same
 * checks as the server. Each message is a key of the `errors` namespace in messages/*.json.
 */
const text = <T extends z.ZodType>(inner: T) => z.preprocess(asText, inner);

export type NameScript = 'persian' | 'latin';

// Persian letters (with the hamza forms and short vowels) after «ي»/«ك» were mapped; no digits, no tatweel.
const PERSIAN_NAME =
  /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0654\u067E\u0686\u0698\u06A9\u06AF\u06CC\u200C ]+$/;
// Latin letters including accented ones, with the spaces, hyphens and apostrophes of real names.
const LATIN_NAME = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F' -]+$/;

export function personName(which: 'firstName' | 'lastName', script: NameScript) {
  return text(
    z
      .string()
      .transform(normalizePersonName)
      .superRefine((value, ctx) => {
        if (!value) return ctx.addIssue({ code: 'custom', message: `${which}Required` });
        if ([...value].length < 2 || [...value].length > 50)
          ctx.addIssue({ code: 'custom', message: `${which}Length` });
        const pattern = script === 'persian' ? PERSIAN_NAME : LATIN_NAME;
        if (!pattern.test(value))
          ctx.addIssue({
            code: 'custom',
            message: `${which}${script === 'persian' ? 'Persian' : 'Latin'}`,
          });
      }),
  );
}

export const nationalCodeField = text(
  z.string().transform((value, ctx) => {
    const code = normalizeNationalCode(value);
    if (!code) {
      // An empty field gets «کد ملی معتبر نیست» too: one message for every code that cannot be used.
      ctx.addIssue({ code: 'custom', message: 'nationalCodeInvalid' });
      return z.NEVER;
    }
    return code;
  }),
);

export const iranianMobileField = text(
  z.string().transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: 'custom', message: 'mobileRequired' });
      return z.NEVER;
    }
    const mobile = normalizeMobile(value);
    if (!mobile) {
      ctx.addIssue({ code: 'custom', message: 'mobileInvalid' });
      return z.NEVER;
    }
    return mobile;
  }),
);

/**
 * The international form's checks that need libphonenumber-js (≈30 kB gzip of metadata). The server
 * always passes them (lib/validation/server-checks.ts); the en form loads them after its first render
 * (lib/validation/international-checks.ts) and checks only the shape until then, so the fa form never
 * downloads them.
 */
export interface InternationalChecks {
  normalizeInternationalMobile(value: string): string | null;
  isCitizenshipCode(code: string): boolean;
}

export const internationalMobileField = (checks?: InternationalChecks) =>
  text(
    z.string().transform((value, ctx) => {
      if (!value.trim()) {
        ctx.addIssue({ code: 'custom', message: 'mobileRequired' });
        return z.NEVER;
      }
      const mobile = checks ? checks.normalizeInternationalMobile(value) : internationalMobileShape(value);
      if (!mobile) {
        ctx.addIssue({ code: 'custom', message: 'mobileInvalidInternational' });
        return z.NEVER;
      }
      return mobile;
    }),
  );

export const emailField = text(
  z.string().transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: 'custom', message: 'emailRequired' });
      return z.NEVER;
    }
    const email = value.length <= 254 ? normalizeEmail(value) : null;
    if (!email) {
      ctx.addIssue({ code: 'custom', message: 'emailInvalid' });
      return z.NEVER;
    }
    return email;
  }),
);

/** A six-digit one-time code; Persian/Arabic digits and stray spaces are accepted. */
export function oneTimeCodeField(message: 'mobileCodeInvalid' | 'emailCodeInvalid') {
  return text(
    z.string().transform((value, ctx) => {
      const code = compactDigits(value);
      if (!/^\d{6}$/.test(code)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return code;
    }),
  );
}

/**
 * The human check's proof (ALTCHA's hidden `altcha` field): present and of a sane size here; its
 * proof of work, purpose and single use are verified by the server (lib/captcha).
 */
export const humanCheckField = text(
  z.string().transform((value, ctx) => {
    const proof = value.trim();
    if (!proof) {
      ctx.addIssue({ code: 'custom', message: 'captchaRequired' });
      return z.NEVER;
    }
    if (proof.length > 4096) {
      ctx.addIssue({ code: 'custom', message: 'captchaInvalid' });
      return z.NEVER;
    }
    return proof;
  }),
);

export const passportNumberField = text(
  z.string().transform((value, ctx) => {
    const passport = compactDigits(value).replace(/-/g, '').toUpperCase();
    if (!passport) {
      ctx.addIssue({ code: 'custom', message: 'passportRequired' });
      return z.NEVER;
    }
    if (!/^[A-Z0-9]{5,20}$/.test(passport)) {
      ctx.addIssue({ code: 'custom', message: 'passportInvalid' });
      return z.NEVER;
    }
    return passport;
  }),
);

export const citizenshipField = (checks?: InternationalChecks) =>
  text(
    z.string().transform((value, ctx) => {
      if (!value) {
        ctx.addIssue({ code: 'custom', message: 'citizenshipRequired' });
        return z.NEVER;
      }
      // Without the list, the browser checks only the form of a code; Iranians use the fa form.
      const known = checks ? checks.isCitizenshipCode(value) : /^[A-Z]{2}$/.test(value) && value !== 'IR';
      if (!known) {
        ctx.addIssue({ code: 'custom', message: 'citizenshipInvalid' });
        return z.NEVER;
      }
      return value;
    }),
  );
