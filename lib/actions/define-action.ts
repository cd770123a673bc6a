import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { getCurrentAccount, getCurrentStaff } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/routing';
import { log } from '@/lib/log';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/same-origin';
import { runAction, type ActionSpec, type AnyResult, type Caller, type RequestScope } from './pipeline';

export { fromOutcome, textFields, type ActionContext } from './pipeline';

const requestScope: RequestScope = {
  isSameOrigin: async () => isSameOrigin(await headers()),
  // The locale of the page the action was posted to (next-intl's middleware names it).
  locale: async () => {
    const locale = await getLocale();
    return isLocale(locale) ? locale : 'fa';
  },
  clientHash: async () => hashClientAddress(clientAddress(await headers())),
  currentAccount: getCurrentAccount,
  currentStaff: getCurrentStaff,
  rethrowSignals: unstable_rethrow,
  // Only the action's name and the error's kind: the input carries personal data.
  logFailure: (name, error) =>
    log().error({ action: name, error: error instanceof Error ? error.name : 'unknown' }, 'action failed'),
};

/**
 * A form's server action, `(previousState, formData) => result` as `useActionState` calls it. In a
 * `'use server'` file: `export const saveAction = formAction({ name, caller, schema, run })`.
 */
export function formAction<C extends Caller, S extends z.ZodType, R extends AnyResult>(
  spec: ActionSpec<C, S, R> & { accepts?: 'form' },
): (previous: unknown, form: FormData) => Promise<R> {
  return async (_previous, form) => runAction(spec, form, requestScope);
}

/** An action a button calls with a plain object (the registration's "send code"): `(input) => result`. */
export function callAction<C extends Caller, S extends z.ZodType, R extends AnyResult>(
  spec: ActionSpec<C, S, R> & { accepts: 'object' },
): (input: z.input<S>) => Promise<R> {
  return async (input) => runAction(spec, input, requestScope);
}
