'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import type { SummaryItem } from '@/app/_components/form/error-summary';
import { fieldErrorsFromIssues, type ActionResult, type FieldErrors } from '@/lib/validation/result';
import { useMoveOnSuccess } from './use-move-on-success';

/** What a form's action answers: `ActionResult`, or a form's own extension of it (the sign-in state). */
type Action<S> = (prev: S | null, formData: FormData) => Promise<S>;

/** FormData → plain strings, as the server action will see it. */
function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * A form of the dashboard or the staff desk: the zod schema the server uses runs first in the browser (nothing is sent while
 * it fails), then the server action; both produce the same error keys, translated from `errors`.
 * Values shown after a failed submit come from what the server echoed (React resets the form).
 */
export function useSchemaForm<S extends ActionResult<unknown> | null>(
  formId: string,
  schema: ZodType,
  action: Action<S>,
  {
    initialValues = {},
    fieldOrder = [],
    ids = {},
  }: {
    initialValues?: Record<string, string>;
    fieldOrder?: string[];
    /** Element ids for fields whose input is not `${formId}-${name}` (a radio group's first option). */
    ids?: Record<string, string>;
  } = {},
) {
  const t = useTranslations('errors');
  const [state, formAction, pending] = useActionState<S | null, FormData>(action, null);
  const [client, setClient] = useState<{ errors: FieldErrors; values: Record<string, string> } | null>(null);
  // A success that leaves the page (sign-in) moves there; the form stays busy until it has.
  const moving = useMoveOnSuccess(state);

  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const fieldErrors: FieldErrors = client ? client.errors : serverErrors;
  // A failed submit echoes what was sent; so does a successful one that stays on the page (a preview).
  const values = client?.values ?? state?.values ?? initialValues;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitted = formValues(event.currentTarget);
    const parsed = schema.safeParse(submitted);
    if (!parsed.success) {
      event.preventDefault();
      setClient({ errors: fieldErrorsFromIssues(parsed.error.issues), values: submitted });
    } else {
      setClient(null);
    }
  };

  const translate = (key: string, extra?: Record<string, string | number>) =>
    t.has(key) ? t(key, extra) : t('generic');
  const errorsFor = (name: string): string[] => (fieldErrors[name] ?? []).map((k) => translate(k));

  const id = (name: string) => ids[name] ?? `${formId}-${name}`;
  const order = (name: string) => {
    const i = fieldOrder.indexOf(name);
    return i === -1 ? fieldOrder.length : i;
  };
  const summary: SummaryItem[] = Object.keys(fieldErrors)
    .sort((a, b) => order(a) - order(b))
    .flatMap((name) => errorsFor(name).map((message) => ({ fieldId: id(name), message })));
  if (!client && state && !state.ok && state.formError) {
    summary.unshift({ message: translate(state.formError, state.formErrorValues) });
  }

  return {
    state,
    formAction,
    pending: pending || moving,
    onSubmit,
    summary,
    errorsFor,
    value: (name: string) => values[name] ?? '',
    id,
    /** Changes whenever new values arrive, so uncontrolled inputs re-read their defaultValue. */
    version: JSON.stringify(values),
  };
}

/** What `useSchemaForm` gives a form component (and `FieldList`). */
export type SchemaForm = Pick<ReturnType<typeof useSchemaForm>, 'id' | 'errorsFor' | 'value'>;
