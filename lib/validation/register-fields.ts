/**
 * The registration form's constants without zod: the form's first render needs these, while the
 * schema itself (lib/validation/register.ts, with zod and the Jalali calendar) is loaded by the form
 * when it first validates, so the page's first-load JavaScript stays small.
 */

/** The version of the rules the applicant agrees to; stored with the account. Bump it when the text changes. */
export const RULES_VERSION = '1404-01';

export type ApplicantKind = 'iranian' | 'international';

/** The inputs of the registration form in page order: the error summary lists problems in this order. */
export const REGISTER_FIELD_ORDER = [
  'rulesAccepted',
  'nationality',
  'firstName',
  'lastName',
  'nationalCode',
  'passportNumber',
  'citizenship',
  'birthDate',
  'mobile',
  'email',
  'password',
  'passwordConfirm',
  'mobileCode',
  'emailCode',
  'altcha',
] as const;
