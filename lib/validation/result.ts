/**
 * The one result type of every server action. Messages are i18n keys of the `errors` namespace,
 * never prose, so one schema serves fa and en; the client translates them.
 */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; values?: Record<string, string> }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      /** An error about the whole form (e.g. `duplicateNationalCode`, `rateLimited`). */
      formError?: string;
      /** Values for ICU placeholders of formError (e.g. the wait in seconds). */
      formErrorValues?: Record<string, string | number>;
      /** The submitted values echoed back (never passwords): React 19 resets the form after an action. */
      values?: Record<string, string>;
    };

export const ok = <T>(data: T, values?: Record<string, string>): ActionResult<T> => ({
  ok: true,
  data,
  values,
});

export const fail = (
  fieldErrors: FieldErrors,
  extra: {
    formError?: string;
    formErrorValues?: Record<string, string | number>;
    values?: Record<string, string>;
  } = {},
): ActionResult<never> => ({ ok: false, fieldErrors, ...extra });

/** zod issues → { field: [key, …] }, keeping every message (not only the first) in schema order. */
export function fieldErrorsFromIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    const list = (out[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out;
}

/**
 * The string values of a form (or of the plain object a button sent) to echo back, each up to
 * `maxLength` characters (a content editor's body is longer than the default), without any field whose
 * name contains "password" nor React's own `$` fields.
 */
export function echoValues(form: unknown, maxLength = 500): Record<string, string> {
  const values: Record<string, string> = {};
  // Server actions can be called with any serializable argument, not only the form.
  const entries =
    form instanceof FormData
      ? [...form.entries()]
      : form && typeof form === 'object' && !Array.isArray(form)
        ? Object.entries(form)
        : [];
  for (const [key, value] of entries) {
    if (typeof value !== 'string' || /password/i.test(key) || key.startsWith('$')) continue;
    values[key] = value.slice(0, maxLength);
  }
  return values;
}
