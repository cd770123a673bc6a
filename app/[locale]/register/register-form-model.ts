import { useEffect, useMemo, useState } from 'react';
import type {
  FieldError,
  FieldErrors as FormErrors,
  Resolver,
  UseFormSetError,
  UseFormSetValue,
} from 'react-hook-form';
import type { RegisterChecks } from '@/lib/validation/register';
import type { ApplicantKind } from '@/lib/validation/register-fields';
import type { ActionResult, FieldErrors } from '@/lib/validation/result';

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
const schemaName = (name: string) => (name === BIRTH_DATE_HOLDER ? 'birthDate' : name);

/** Where the summary link of each error key takes the focus. */
export const FIELD_TARGET: Record<string, string> = { birthDate: 'birthDay', rulesAccepted: 'rulesAccepted' };

/** Every message key of a field error (criteriaMode 'all' keeps all of them, as the server does). */
export function keysOf(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = error.types
    ? Object.values(error.types).flatMap((v) => (Array.isArray(v) ? v : [v]))
    : [error.message];
  return [...new Set(all.filter((k): k is string => typeof k === 'string' && k.length > 0))];
}

/** The form's errors by the schema's names, as the server reports them. */
export function toFieldErrors(errors: FormErrors<RegisterFormValues>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, error] of Object.entries(errors)) {
    const keys = keysOf(error as FieldError | undefined);
    if (keys.length) out[schemaName(name)] = keys;
  }
  return out;
}

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

/**
 * A server answer: its field errors join the form's (each clears once its field is fixed), and the
 * passwords are emptied — they are never echoed back — as is the spent human-check proof. Nothing else
 * is touched: the form is submitted through startTransition, so React does not reset it and every
 * other entry stays as typed. `onAnswer` runs once per answer (focus, a fresh proof).
 */
export function useServerAnswer(
  state: ActionResult<unknown> | null,
  setError: UseFormSetError<RegisterFormValues>,
  setValue: UseFormSetValue<RegisterFormValues>,
  onAnswer: () => void,
) {
  useEffect(() => {
    if (!state || state.ok) return;
    for (const [name, keys] of Object.entries(state.fieldErrors)) {
      setError(formName(name) as keyof RegisterFormValues, {
        type: 'server',
        message: keys[0],
        types: Object.fromEntries(keys.map((k, i) => [`server${i}`, k])),
      });
    }
    setValue('password', '');
    setValue('passwordConfirm', '');
    setValue('altcha', '');
    onAnswer();
    // Once per answer: onAnswer is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, setError, setValue]);
}
