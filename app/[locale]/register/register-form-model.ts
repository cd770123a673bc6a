import { useEffect, useMemo, useState } from 'react';
import type { FieldError, FieldErrors as FormErrors, Resolver } from 'react-hook-form';
import type { RegisterChecks } from '@/lib/validation/register';
import { REGISTER_FIELD_ORDER, type ApplicantKind } from '@/lib/validation/register-fields';

/** What the inputs hold, by their stable field names (outside acceptance tests rely on them; all strings, as typed). */
export type RegisterFormValues = {
  rulesAccepted: string;
  nationality: string;
  firstName: string;
  lastName: string;
  nationalCode: string;
  passportNumber: string;
  citizenship: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  mobile: string;
  email: string;
  password: string;
  passwordConfirm: string;
  mobileCode: string;
  emailCode: string;
  /** The human check's proof, mirrored from the widget's hidden `altcha` field. */
  altcha: string;
};

export const EMPTY: RegisterFormValues = {
  rulesAccepted: '',
  nationality: 'IR',
  firstName: '',
  lastName: '',
  nationalCode: '',
  passportNumber: '',
  citizenship: '',
  birthDay: '',
  birthMonth: '',
  birthYear: '',
  mobile: '',
  email: '',
  password: '',
  passwordConfirm: '',
  mobileCode: '',
  emailCode: '',
  altcha: '',
};

/**
 * The schema judges the birth date as one value (`birthDate`) but it is typed in three inputs. Its
 * error is kept on the last part, `birthYear`, so it appears when the applicant leaves the year (not
 * while still typing the day); the day and month re-check it once it is showing.
 */
export const BIRTH_DATE_HOLDER = 'birthYear';
export const formName = (schemaName: string) => (schemaName === 'birthDate' ? BIRTH_DATE_HOLDER : schemaName);

/**
 * Where the summary's link for each field goes: the inputs' ids are their names (outside acceptance
 * tests rely on them), and the birth date's error takes the focus to its first part.
 */
export const FIELD_IDS: Record<string, string> = {
  ...Object.fromEntries(REGISTER_FIELD_ORDER.map((name) => [name, name])),
  birthDate: 'birthDay',
};

/**
 * Emptied after every server answer: the passwords are never echoed back, and the human check's
 * proof is spent. Nothing else is touched: the form is submitted through a transition, so React does
 * not reset it and every other entry stays as typed.
 */
export const CLEARED_ON_ANSWER = ['password', 'passwordConfirm', 'altcha'] as const;

/** The schema's chunk (zod, the Jalali calendar), fetched once. */
let resolverModule: Promise<typeof import('./register-resolver')> | undefined;
export const loadResolver = () =>
  (resolverModule ??= import('./register-resolver').catch((error: unknown) => {
    // A failed download is tried again at the next check.
    resolverModule = undefined;
    throw error;
  }));

/**
 * The very schema the server action runs; the server stays the authority and re-validates. It comes
 * with zod and the Jalali calendar in a chunk of its own, fetched after the first render or at the
 * first check, whichever is first; a check waits for it. The birth date's error moves to its holder.
 */
export function useRegisterResolver(
  kind: ApplicantKind,
  checks: RegisterChecks,
): Resolver<RegisterFormValues> {
  return useMemo<Resolver<RegisterFormValues>>(() => {
    const today = new Date();
    let base: Promise<Resolver<RegisterFormValues>> | undefined;
    return async (values, context, options) => {
      base ??= loadResolver().then(
        (m) => m.registerResolver(kind, today, checks) as unknown as Resolver<RegisterFormValues>,
        (error: unknown) => {
          base = undefined;
          throw error;
        },
      );
      const result = await (await base)(values, context, options);
      const { birthDate, ...rest } = result.errors as Record<string, FieldError | undefined>;
      if (!birthDate) return result;
      return {
        values: {},
        errors: { ...rest, [BIRTH_DATE_HOLDER]: birthDate } as FormErrors<RegisterFormValues>,
      };
    };
  }, [kind, checks]);
}

/**
 * The en form's phone and citizenship checks need libphonenumber-js: loaded after the first render,
 * so the fa form never downloads it and the en form's first load stays light. Until it arrives the
 * schema checks the number's shape only; the server always runs the full checks.
 */
export function useInternationalChecks(iranian: boolean): RegisterChecks {
  const [checks, setChecks] = useState<RegisterChecks>({});
  useEffect(() => {
    if (iranian) return;
    let live = true;
    void import('@/lib/validation/international-checks').then((m) => {
      if (live) setChecks(m.internationalChecks);
    });
    return () => {
      live = false;
    };
  }, [iranian]);
  return checks;
}
