import 'server-only';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { getCurrentAccount, getCurrentStaff } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/routing';
import { log } from '@/lib/log';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { isSameOrigin } from '@/lib/security/same-origin';
import { runAction, type ActionSpec, type AnyResult, type Caller, type RequestScope } from './pipeline';
import type { Moved } from './states';

export { fromOutcome, type ActionContext } from './pipeline';

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

/**
 * After a success that leaves the page (a sign-in, a registration): a page running its JavaScript
 * (the action came with Next's `Next-Action` header) gets the path and moves there with a client
 * transition, which renders only the segments that change. `redirect()` inside an action makes Next
 * render the whole target page, layout included, through a second HTTP request to this server before
 * it answers (createRedirectRenderResult in Next's action handler): that was half of a sign-in's cost
 * besides argon2id. A form posted before the JavaScript ran gets the usual 303.
 */
export async function moveTo(path: string): Promise<Moved> {
  if (!(await headers()).has('next-action')) redirect(path);
  return { ok: true, data: { redirectTo: path } };
}
