'use server';

import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { saveProfileStep } from '@/lib/accounts/profile/save-profile-step';
import { submitProfile } from '@/lib/accounts/profile/submit-profile';
import { redirect } from '@/lib/i18n/navigation';
import { educationSchema, personalSchema } from '@/lib/validation/profile';
import { ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

/** Each step is saved at once, then the next step opens (a reload never costs more than one step). */
const saveStepAction = <S extends 'personal' | 'education'>(
  step: S,
  schema: S extends 'personal' ? typeof personalSchema : typeof educationSchema,
  next: string,
) =>
  formAction({
    name: `profile.${step}`,
    caller: 'applicant',
    schema,
    run: async (input, { caller, locale }): Promise<Result> => {
      const outcome = await saveProfileStep(caller.id, step, input as never);
      if (!outcome.ok) return fromOutcome(outcome);
      redirect({ href: `/dashboard/profile/${next}`, locale });
      return ok(null);
    },
  });

export const savePersonalAction = saveStepAction('personal', personalSchema, 'education');
export const saveEducationAction = saveStepAction('education', educationSchema, 'review');

export const submitProfileAction = formAction({
  name: 'profile.submit',
  caller: 'applicant',
  schema: z.object({ confirm: z.literal('yes', { error: 'confirmRequired' }) }),
  run: async (_input, { caller, locale }): Promise<Result> => {
    const outcome = await submitProfile(caller.id);
    if (!outcome.ok) return fromOutcome(outcome);
    redirect({ href: '/dashboard?submitted=1', locale });
    return ok(null);
  },
});
