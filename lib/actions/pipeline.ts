import type { z } from 'zod';
import type { Account, StaffUser } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import type { Refusal } from '@/lib/outcome';
import {
  echoValues,
  fail,
  fieldErrorsFromIssues,
  type ActionResult,
  type FieldErrors,
} from '@/lib/validation/result';

/**
 * The one way a server action is declared (docs/decisions/0007-one-action-pipeline.md): what it
 * accepts, who may call it, the schema of its input and the use-case it runs. The pipeline does the
 * rest, in this order, for every action:
 *
 * 1. the argument is what the page sends (a FormData, or a plain object for `accepts: 'object'`);
 *    anything else gets `invalidInput` — actions are public endpoints, callable with any argument;
 * 2. the submitted values are kept to echo back (never a password, nor the fields in `forget`):
 *    React 19 resets a form after its action;
 * 3. a state-changing POST from another origin is refused (`generic`), on top of Next's own check;
 * 4. the caller: `applicant` and `staff` need their current session (`sessionExpired` otherwise; an
 *    applicant's session is no staff session), `admin` is staff with the admin role (others get
 *    `forbidden`, `notFound` unless the action says otherwise, so a reviewer learns nothing);
 * 5. the input is parsed with the action's zod schema (the one the browser used): field errors;
 * 6. the action's `run` gets typed input and the context; it calls a use-case and maps the use-case's
 *    domain outcome to the form's result (`fromOutcome` does the common cases);
 * 7. an exception is logged by its name only (inputs carry personal data) and answered `generic`;
 *    Next's redirect and notFound signals pass through.
 *
 * This file is the pipeline without Next (so it is tested as plain code); `define-action.ts` binds it
 * to the request (headers, session, locale).
 */
export type Caller = 'anyone' | 'applicant' | 'staff' | 'admin';

type CallerOf<C extends Caller> = C extends 'applicant'
  ? Account
  : C extends 'staff' | 'admin'
    ? StaffUser
    : null;

export interface ActionContext<C extends Caller> {
  /** The signed-in applicant or staff member (null for `anyone`). */
  caller: CallerOf<C>;
  locale: Locale;
  /** The values to echo back (already in every refusal the pipeline makes). */
  values: Record<string, string>;
  /** The keyed hash of the client's address (rate limits, audit). */
  clientHash: () => Promise<string>;
  /** The raw argument, for what a schema does not carry (a file, the human check's proof). */
  raw: unknown;
}

/** What an action answers: a form's result, or its own shape (sign-in state, a send result). */
export type AnyResult = ActionResult<unknown> | Record<string, unknown> | null;

export interface ActionSpec<C extends Caller, S extends z.ZodType, R extends AnyResult> {
  /** Names the action in logs: `[name] failed: TypeError`. */
  name: string;
  caller: C;
  /** What the browser sends: a form (default) or a plain object (a button calling the action). */
  accepts?: 'form' | 'object';
  /**
   * The input's schema; a function when it depends on the locale (registration's two forms) or on
   * the input itself (a service's request form has that service's fields).
   */
  schema: S | ((locale: Locale, input: Record<string, unknown>) => S);
  /** Fields never echoed back besides passwords (a one-time code, the human check's proof). */
  forget?: readonly string[];
  /** Echo whole values up to this length (default 500; a content editor's body is longer). */
  echoLength?: number;
  /**
   * For `admin`: one form error for everyone who is not a signed-in administrator (no session, an
   * applicant's, a reviewer's). Default: `sessionExpired` without a staff session, `notFound` for a
   * reviewer (who learns nothing about the row).
   */
  forbidden?: string;
  /** Refuse a POST from another origin (default true for signed-in callers). */
  sameOrigin?: boolean;
  /** Turns the pipeline's own refusals into this action's result shape (default: a form error). */
  refuse?: (formError: string, values: Record<string, string>, raw: unknown) => R | Promise<R>;
  /** Turns the schema's field errors into this action's result shape (default: field errors). */
  invalid?: (fieldErrors: FieldErrors, values: Record<string, string>, raw: unknown) => R | Promise<R>;
  /** Runs after the caller check and before parsing (a limit that counts every attempt). */
  guard?: (context: ActionContext<C>) => Promise<R | undefined>;
  run: (input: z.infer<S>, context: ActionContext<C>) => Promise<R>;
}

/** What the pipeline needs from the request; `define-action.ts` reads it from Next. */
export interface RequestScope {
  isSameOrigin: () => Promise<boolean>;
  locale: () => Promise<Locale>;
  clientHash: () => Promise<string>;
  currentAccount: () => Promise<Account | null>;
  currentStaff: () => Promise<StaffUser | null>;
  /** Lets Next's control-flow signals (redirect, notFound) through a catch. */
  rethrowSignals: (error: unknown) => void;
  logFailure: (name: string, error: unknown) => void;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export async function runAction<C extends Caller, S extends z.ZodType, R extends AnyResult>(
  spec: ActionSpec<C, S, R>,
  raw: unknown,
  scope: RequestScope,
): Promise<R> {
  const accepts = spec.accepts ?? 'form';
  const refuse = async (formError: string, values: Record<string, string> = {}): Promise<R> =>
    spec.refuse ? spec.refuse(formError, values, raw) : (fail({}, { formError, values }) as R);

  const isForm = raw instanceof FormData;
  if (accepts === 'form' ? !isForm : !isPlainObject(raw)) return refuse('invalidInput');
  const values = echoValues(raw, spec.echoLength);
  for (const field of spec.forget ?? []) delete values[field];

  try {
    if ((spec.sameOrigin ?? spec.caller !== 'anyone') && !(await scope.isSameOrigin()))
      return refuse('generic', values);

    let caller: Account | StaffUser | null = null;
    if (spec.caller === 'applicant') {
      caller = await scope.currentAccount();
      if (!caller) return refuse('sessionExpired', values);
    } else if (spec.caller === 'staff' || spec.caller === 'admin') {
      const staff = await scope.currentStaff();
      if (!staff) return refuse((spec.caller === 'admin' && spec.forbidden) || 'sessionExpired', values);
      if (spec.caller === 'admin' && staff.role !== 'admin')
        return refuse(spec.forbidden ?? 'notFound', values);
      caller = staff;
    }

    const locale = await scope.locale();
    const context: ActionContext<C> = {
      caller: caller as CallerOf<C>,
      locale,
      values,
      clientHash: scope.clientHash,
      raw,
    };
    if (spec.guard) {
      const refused = await spec.guard(context);
      if (refused) return refused;
    }
    // Every field of the form (the schemas read a missing one as '', as a browser sends an empty input).
    const input = isForm ? Object.fromEntries(raw) : raw;
    const schema =
      typeof spec.schema === 'function'
        ? spec.schema(locale, (isPlainObject(input) ? input : {}) as Record<string, unknown>)
        : spec.schema;
    const parsed = (schema as z.ZodType).safeParse(input);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFromIssues(parsed.error.issues);
      return spec.invalid ? spec.invalid(fieldErrors, values, raw) : (fail(fieldErrors, { values }) as R);
    }

    const result = await spec.run(parsed.data as z.infer<S>, context);
    // Keep what was typed when the action refused without echoing values itself.
    if (result && typeof result === 'object' && result.ok === false && !('values' in result && result.values))
      return { ...result, values } as R;
    return result;
  } catch (error) {
    scope.rethrowSignals(error);
    scope.logFailure(spec.name, error);
    return refuse('generic', values);
  }
}

/**
 * A use-case's refusal (lib/outcome.ts) as the form's result: `invalid` with its field errors; a wait
 * as a form error with `{ seconds }`; a refusal naming its field as that field's error; otherwise the
 * reason is the form error. `keys` renames a reason where the form says it differently.
 */
export function fromOutcome(outcome: Refusal, keys: Record<string, string> = {}): ActionResult<never> {
  if (outcome.reason === 'invalid' && 'fieldErrors' in outcome) return fail(outcome.fieldErrors);
  const key = keys[outcome.reason] ?? outcome.reason;
  if ('retryAfterSeconds' in outcome)
    return fail({}, { formError: key, formErrorValues: { seconds: outcome.retryAfterSeconds } });
  if ('field' in outcome && outcome.field) return fail({ [outcome.field]: [key] });
  return fail({}, { formError: key });
}
