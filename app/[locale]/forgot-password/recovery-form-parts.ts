import type { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import type { SummaryItem } from '@/app/_components/form/error-summary';
import { fieldErrorsFromIssues, type FieldErrors } from '@/lib/validation/result';
import type { RecoveryState } from './actions';

/** What the two recovery forms share: the client check, the summary's lines and which errors show. */
export type T = ReturnType<typeof useTranslations<'errors'>>;

/** Client check with the server's schema: stops the submit and shows the same messages early. */
export function useClientCheck(schema: ZodType) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (parsed.success) {
      setErrors({});
      return;
    }
    e.preventDefault();
    setErrors(fieldErrorsFromIssues(parsed.error.issues));
  };
  return { errors, setErrors, onSubmit };
}

export function summary(
  te: T,
  state: RecoveryState,
  errors: FieldErrors,
  ids: Record<string, string>,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (state && !state.ok && state.formError) {
    items.push({ message: te(state.formError as 'generic', state.formErrorValues ?? {}) });
  }
  for (const [field, keys] of Object.entries(errors)) {
    for (const key of keys) items.push({ fieldId: ids[field], message: te(key as 'generic') });
  }
  return items;
}

export function merged(state: RecoveryState, client: FieldErrors): FieldErrors {
  return Object.keys(client).length ? client : state && !state.ok ? state.fieldErrors : {};
}
