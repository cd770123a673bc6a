import { z } from 'zod';
import { checkBirthDate } from './birth-date';
import {
  humanCheckField,
  citizenshipField,
  emailField,
  iranianMobileField,
  internationalMobileField,
  nationalCodeField,
  oneTimeCodeField,
  passportNumberField,
  personName,
} from './fields';
import { passwordContainsIdentifier, passwordField, type PasswordServerChecks } from './password';
import type { InternationalChecks } from './fields';
import { asText } from './text';

import { RULES_VERSION, type ApplicantKind } from './register-fields';

export { REGISTER_FIELD_ORDER, RULES_VERSION, type ApplicantKind } from './register-fields';

const plain = z.preprocess(asText, z.string());

/**
 * The registration form, one schema for both pages: `iranian` (fa: national code, Jalali birth date,
 * Iranian mobile) and `international` (en: passport and citizenship, Gregorian date, any mobile).
 * `today` is injected so the age rule is testable; the client passes its clock, the server its own.
 * `checks` adds the checks too big for every browser; the server actions pass all of them
 * (`serverChecks` from lib/validation/server-checks.ts).
 */
export type RegisterChecks = Partial<PasswordServerChecks & InternationalChecks>;

function international(checks: RegisterChecks): InternationalChecks | undefined {
  const { normalizeInternationalMobile, isCitizenshipCode } = checks;
  return normalizeInternationalMobile && isCitizenshipCode
    ? { normalizeInternationalMobile, isCitizenshipCode }
    : undefined;
}

export function registerSchema(kind: ApplicantKind, today: Date = new Date(), checks: RegisterChecks = {}) {
  const iranian = kind === 'iranian';
  const script = iranian ? 'persian' : 'latin';
  return z
    .object({
      rulesAccepted: plain,
      nationality: plain,
      firstName: personName('firstName', script),
      lastName: personName('lastName', script),
      nationalCode: iranian
        ? nationalCodeField
        : z
            .unknown()
            .optional()
            .transform(() => null),
      passportNumber: iranian
        ? z
            .unknown()
            .optional()
            .transform(() => null)
        : passportNumberField,
      citizenship: iranian
        ? z
            .unknown()
            .optional()
            .transform(() => null)
        : citizenshipField(international(checks)),
      birthYear: plain,
      birthMonth: plain,
      birthDay: plain,
      mobile: iranian ? iranianMobileField : internationalMobileField(international(checks)),
      email: emailField,
      password: passwordField(checks),
      passwordConfirm: plain,
      mobileCode: oneTimeCodeField('mobileCodeInvalid'),
      emailCode: oneTimeCodeField('emailCodeInvalid'),
      altcha: humanCheckField,
    })
    .superRefine(
      (v, ctx) => {
        if (v.rulesAccepted !== RULES_VERSION)
          ctx.addIssue({ code: 'custom', path: ['rulesAccepted'], message: 'rulesNotAccepted' });
        if (iranian && v.nationality !== 'IR')
          ctx.addIssue({ code: 'custom', path: ['nationality'], message: 'nationalityRequired' });
        const birth = checkBirthDate(
          { year: v.birthYear, month: v.birthMonth, day: v.birthDay },
          iranian ? 'jalali' : 'gregorian',
          today,
        );
        if (!birth.ok) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: birth.message });
        const password = typeof v.password === 'string' ? v.password : '';
        if (!v.passwordConfirm)
          ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordConfirmRequired' });
        else if (password && v.passwordConfirm !== password)
          ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordsDiffer' });
        const ids = [v.nationalCode, v.mobile, v.passportNumber].map((x) =>
          typeof x === 'string' ? x : null,
        );
        if (password && passwordContainsIdentifier(password, ids))
          ctx.addIssue({ code: 'custom', path: ['password'], message: 'passwordContainsIdentifier' });
      },
      { when: () => true },
    )
    .transform((v) => ({
      kind,
      firstName: v.firstName,
      lastName: v.lastName,
      nationalCode: v.nationalCode as string | null,
      passportNumber: v.passportNumber as string | null,
      citizenship: v.citizenship as string | null,
      birthDate: (
        checkBirthDate(
          { year: v.birthYear, month: v.birthMonth, day: v.birthDay },
          iranian ? 'jalali' : 'gregorian',
          today,
        ) as { isoDate: string }
      ).isoDate,
      mobile: v.mobile,
      email: v.email,
      password: v.password as string,
      mobileCode: v.mobileCode,
      emailCode: v.emailCode,
      altcha: v.altcha,
      rulesVersion: RULES_VERSION,
    }));
}

export type RegisterInput = z.output<ReturnType<typeof registerSchema>>;

/** Sending a code needs only the target (and, on fa, the national code for the per-person limit). */
export const sendMobileCodeSchema = (kind: ApplicantKind, checks: RegisterChecks = {}) =>
  z.object({
    mobile: kind === 'iranian' ? iranianMobileField : internationalMobileField(international(checks)),
    channel: z.enum(['sms', 'voice']).catch('sms'),
  });

export const sendEmailCodeSchema = z.object({ email: emailField });
