'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { env } from '@/lib/env';
import { createStaff, createStaffSchema, resetStaffSetup, setupUrl } from '@/lib/staff/create-staff';
import { otherAdminsExist, setStaffDisabled } from '@/lib/staff/manage-staff';
import { isUuid } from '@/lib/review/scope';
import { rowIdField } from '@/lib/validation/form-fields';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

type LinkResult = ActionResult<{ url: string; username: string }>;

async function baseUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured;
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost:3000'}`;
}

/** Administrators create staff; the answer is the one-time setup link, shown once to hand over. */
export const createStaffAction = formAction({
  name: 'staff.create',
  caller: 'admin',
  schema: createStaffSchema,
  run: async (input, { caller, locale }): Promise<LinkResult> => {
    const outcome = await createStaff(input, { actorId: caller.id });
    if (outcome.ok)
      return ok({
        url: setupUrl(await baseUrl(), outcome.setupToken, locale),
        username: outcome.staff.username,
      });
    if (outcome.reason === 'usernameTaken') return fromOutcome({ ...outcome, field: 'username' });
    if (outcome.reason === 'invalid') return fromOutcome(outcome);
    return fromOutcome({ ...outcome, field: 'university' });
  },
});

/** A new setup link: password and second factor are set again by the person (a lost phone). */
export const resetStaffAction = formAction({
  name: 'staff.reset',
  caller: 'admin',
  schema: z.object({ staffId: rowIdField }),
  run: async ({ staffId }, { caller, locale }): Promise<LinkResult> => {
    if (!isUuid(staffId)) return fail({}, { formError: 'notFound' });
    if (staffId === caller.id && !(await otherAdminsExist(caller.id)))
      return fail({}, { formError: 'lastAdmin' });
    const outcome = await resetStaffSetup(staffId, { actorId: caller.id });
    if (!outcome.ok) return fail({}, { formError: 'notFound' });
    return ok({
      url: setupUrl(await baseUrl(), outcome.setupToken, locale),
      username: outcome.staff.username,
    });
  },
});

export const toggleStaffAction = formAction({
  name: 'staff.toggle',
  caller: 'admin',
  schema: z.object({ staffId: rowIdField, disable: z.unknown() }),
  run: async ({ staffId, disable }, { caller }): Promise<ActionResult<null>> => {
    const outcome = await setStaffDisabled(caller, staffId, disable === '1');
    if (!outcome.ok)
      return fail({}, { formError: outcome.reason === 'self' ? 'cannotDisableSelf' : 'notFound' });
    revalidatePath('/[locale]/university/staff', 'page');
    return ok(null);
  },
});
