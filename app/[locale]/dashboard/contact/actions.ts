'use server';

import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { confirmContactChange, requestContactChangeCode } from '@/lib/accounts/profile/change-contact';
import {
  CONTACT_KINDS,
  confirmContactChangeSchema,
  requestContactCodeSchema,
} from '@/lib/validation/contact-change';
import { fail, ok, type ActionResult, type FieldErrors } from '@/lib/validation/result';

const kindOf = (input: Record<string, unknown>) =>
  input.kind === 'email' ? ('email' as const) : ('mobile' as const);
const kindField = { kind: z.enum(CONTACT_KINDS, { error: 'invalidInput' }) };
/**
 * `kind` is the page's hidden field (which address changes): a forged one is not the applicant's
 * mistake to fix beside a field, so it is the form's error, as any other forged post gets.
 */
const refuseForgedKind = (
  fieldErrors: FieldErrors,
  values: Record<string, string>,
): ActionResult<unknown> => {
  if (!fieldErrors.kind) return fail(fieldErrors, { values });
  return fail({}, { formError: 'invalidInput', values });
};

/**
 * Step 1, called from the "send code" button with the form's data (not as the form's action), so the
 * form keeps its values: password checked, a code sent to the new address.
 */
export const requestContactCodeAction = formAction({
  name: 'contact.requestCode',
  caller: 'applicant',
  schema: (_locale, input) => requestContactCodeSchema(kindOf(input)).extend(kindField),
  forget: ['altcha'],
  invalid: refuseForgedKind,
  run: async ({ kind, ...input }, { caller, clientHash, raw, values }) => {
    const outcome = await requestContactChangeCode(caller.id, kind, input, {
      clientKey: await clientHash(),
      humanCheck: (raw as FormData).get('altcha'),
    });
    if (!outcome.ok) return fromOutcome(outcome);
    return ok({ expiresAt: outcome.expiresAt }, values) as ActionResult<unknown>;
  },
});

/** Step 2: password and code checked, the address replaced, the old address told. */
export const confirmContactChangeAction = formAction({
  name: 'contact.confirm',
  caller: 'applicant',
  schema: (_locale, input) => confirmContactChangeSchema(kindOf(input)).extend(kindField),
  forget: ['code'],
  invalid: refuseForgedKind,
  run: async ({ kind, ...input }, { caller }): Promise<ActionResult<unknown>> => {
    const outcome = await confirmContactChange(caller.id, kind, input);
    return outcome.ok ? ok(null) : fromOutcome(outcome);
  },
});
