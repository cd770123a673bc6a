/**
 * What a use-case answers: `{ ok: true, …data }` or a refusal naming its reason. Use-cases never see
 * FormData or build the form's result; the action maps an outcome with `fromOutcome`
 * (lib/actions/pipeline.ts). Reasons are keys of the `errors` messages:
 * - `invalid` carries field errors (a rule only the server can check, e.g. an unknown university);
 * - a wait carries `retryAfterSeconds` (shown as «… ثانیه»);
 * - `field` names the input the reason belongs to, else it is about the whole form.
 */
export type Refusal<R extends string = string> =
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: R; retryAfterSeconds: number }
  | { ok: false; reason: R; field?: string };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type Outcome<T extends object = {}, R extends string = string> = ({ ok: true } & T) | Refusal<R>;

export const refused = <R extends string>(reason: R, field?: string): Refusal<R> =>
  field ? { ok: false, reason, field } : { ok: false, reason };

export const waitFor = <R extends string>(reason: R, retryAfterSeconds: number): Refusal<R> => ({
  ok: false,
  reason,
  retryAfterSeconds,
});

export const invalid = (fieldErrors: Record<string, string[]>): Refusal<never> => ({
  ok: false,
  reason: 'invalid',
  fieldErrors,
});
