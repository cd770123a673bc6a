'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import type { FieldError, FieldValues, UseFormReturn } from 'react-hook-form';
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

/** Every message key of a react-hook-form field error (criteriaMode 'all' keeps all, as the server does). */
export function keysOf(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = error.types
    ? Object.values(error.types).flatMap((v) => (Array.isArray(v) ? v : [v]))
    : [error.message];
  return [...new Set(all.filter((k): k is string => typeof k === 'string' && k.length > 0))];
}

/**
 * A form that checks each field as it is left (registration) hands the hook its react-hook-form
 * instance, created with the form's schema as resolver (`mode: 'onTouched'`, `criteriaMode: 'all'`,
 * `shouldFocusError: false`: the summary takes the focus). The hook then reads the errors from it,
 * puts the server's into it and submits through it.
 */
export interface LiveForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** The input that holds a schema field's error when they differ (a date typed in three inputs). */
  holder?: (schemaName: string) => string;
  /** Inputs emptied after every server answer: what is never echoed (passwords, a spent proof). */
  clearOnAnswer?: ReadonlyArray<string>;
}

/**
 * The one client form hook. The zod schema the server uses runs first in the browser (nothing is
 * sent while it fails), then the server action; both produce the same error keys, translated from
 * `errors`, listed at the top (`summary`, in `fieldOrder`) and beside each field (`errorsFor`).
 * Values kept after a submit come from what the server echoed (React resets the form), or, for a
 * `live` form, from react-hook-form (submitted through a transition, which React does not reset).
 * A success that leaves the page (`moveTo`) moves there, the form busy until it has.
 */
export function useSchemaForm<S extends ActionResult<unknown> | null, V extends FieldValues = FieldValues>(
  formId: string,
  schema: ZodType | null,
  action: Action<S>,
  {
    initialValues = {},
    fieldOrder = [],
    ids = {},
    live,
    formErrorItem,
    onAnswer,
  }: {
    initialValues?: Record<string, string>;
    fieldOrder?: ReadonlyArray<string>;
    /** Element ids for fields whose input is not `${formId}-${name}` (a radio group's first option). */
    ids?: Record<string, string>;
    /** Checked as the applicant goes, through react-hook-form (see `LiveForm`). */
    live?: LiveForm<V>;
    /** A form error's own summary line (one with a link); default its translated text. */
    formErrorItem?: (key: string, values?: Record<string, string | number>) => SummaryItem | undefined;
    /** Runs once per server answer that stays on the page (a fresh human check). */
    onAnswer?: () => void;
  } = {},
) {
  const t = useTranslations('errors');
  const [state, formAction, pending] = useActionState<S | null, FormData>(action, null);
  /** A plain form's errors and values when the browser stopped its last submit. */
  const [client, setClient] = useState<{ errors: FieldErrors; values: Record<string, string> } | null>(null);
  /** A live form's last submit was stopped in the browser: the server's last form error is stale. */
  const [stoppedLive, setStoppedLive] = useState(false);
  /** Bumped on every submit and every answer: the summary takes the focus again (live forms). */
  const [attempt, setAttempt] = useState(0);
  // A success that leaves the page (sign-in) moves there; the form stays busy until it has.
  const moving = useMoveOnSuccess(state);

  const holder = live?.holder ?? ((name: string) => name);
  const liveErrors = (): FieldErrors => {
    if (!live?.form.formState.isSubmitted) return {};
    const byHolder = new Map(fieldOrder.map((name) => [holder(name), name]));
    const out: FieldErrors = {};
    for (const [name, error] of Object.entries(live.form.formState.errors)) {
      const keys = keysOf(error as FieldError | undefined);
      if (keys.length) out[byHolder.get(name) ?? name] = keys;
    }
    return out;
  };

  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const fieldErrors: FieldErrors = live ? liveErrors() : client ? client.errors : serverErrors;
  // A failed submit echoes what was sent; so does a successful one that stays on the page (a preview).
  const values = client?.values ?? state?.values ?? initialValues;

  // A live form takes the server's field errors into react-hook-form (each clears once its field is
  // fixed) and empties what is never echoed; nothing else is touched.
  useEffect(() => {
    if (!state || state.ok) return;
    if (live) {
      for (const [name, keys] of Object.entries(state.fieldErrors)) {
        live.form.setError(holder(name) as never, {
          type: 'server',
          message: keys[0],
          types: Object.fromEntries(keys.map((k, i) => [`server${i}`, k])),
        });
      }
      for (const name of live.clearOnAnswer ?? []) live.form.setValue(name as never, '' as never);
      setStoppedLive(false);
      setAttempt((n) => n + 1);
    }
    onAnswer?.();
    // Once per answer: the callbacks are new functions on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (live) {
      event.preventDefault();
      void submitLive(event.currentTarget);
      return;
    }
    const submitted = formValues(event.currentTarget);
    const parsed = schema ? schema.safeParse(submitted) : null;
    if (parsed && !parsed.success) {
      event.preventDefault();
      setClient({ errors: fieldErrorsFromIssues(parsed.error.issues), values: submitted });
    } else {
      setClient(null);
    }
  };

  /** A live form's submit: react-hook-form checks every field, then the action runs in a transition. */
  const submitLive = (form: HTMLFormElement): Promise<void> =>
    live!.form.handleSubmit(
      () => {
        setStoppedLive(false);
        startTransition(() => formAction(new FormData(form)));
      },
      () => {
        setStoppedLive(true);
        setAttempt((n) => n + 1);
      },
    )();

  const translate = (key: string, extra?: Record<string, string | number>) =>
    t.has(key) ? t(key, extra) : t('generic');
  const errorsFor = (name: string): string[] =>
    (live
      ? keysOf(live.form.formState.errors[holder(name)] as FieldError | undefined)
      : (fieldErrors[name] ?? [])
    ).map((k) => translate(k));

  const id = (name: string) => ids[name] ?? `${formId}-${name}`;
  const order = (name: string) => {
    const i = fieldOrder.indexOf(name);
    return i === -1 ? fieldOrder.length : i;
  };
  const summary: SummaryItem[] = Object.keys(fieldErrors)
    .sort((a, b) => order(a) - order(b))
    .flatMap((name) => (fieldErrors[name] ?? []).map((k) => ({ fieldId: id(name), message: translate(k) })));
  if (!client && !stoppedLive && state && !state.ok && state.formError) {
    summary.unshift(
      formErrorItem?.(state.formError, state.formErrorValues) ?? {
        message: translate(state.formError, state.formErrorValues),
      },
    );
  }

  return {
    state,
    formAction,
    pending: pending || moving,
    onSubmit,
    /** A live form's submit, for a form that first waits for something (the human check's proof). */
    submit: submitLive,
    summary,
    /** The summary's focus key of a live form (it must not take the focus while the applicant types). */
    attempt,
    errorsFor,
    value: (name: string) => values[name] ?? '',
    id,
    /** Changes whenever new values arrive, so uncontrolled inputs re-read their defaultValue. */
    version: JSON.stringify(values),
  };
}

/** What `useSchemaForm` gives a form component (and `FieldList`). */
export type SchemaForm = Pick<ReturnType<typeof useSchemaForm>, 'id' | 'errorsFor' | 'value'>;
