'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { saveUniversity, setUniversityActive } from '@/lib/staff/save-university';
import { plainText, rowIdField } from '@/lib/validation/form-fields';
import { ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

export const saveUniversityAction = formAction({
  name: 'universities.save',
  caller: 'admin',
  schema: z.object({ id: rowIdField, code: plainText, nameFa: plainText, nameEn: plainText }),
  run: async ({ id, code, nameFa, nameEn }, { caller }): Promise<Result> => {
    const outcome = await saveUniversity(caller, {
      id: id || undefined,
      code,
      nameFa,
      nameEn,
    });
    if (!outcome.ok)
      return outcome.reason === 'codeTaken'
        ? fromOutcome({ ok: false, reason: 'universityCodeTaken', field: 'code' })
        : fromOutcome(outcome);
    revalidatePath('/[locale]/university/universities', 'page');
    return ok(null);
  },
});

export const toggleUniversityAction = formAction({
  name: 'universities.toggle',
  caller: 'admin',
  schema: z.object({ id: rowIdField, active: z.unknown() }),
  run: async ({ id, active }, { caller }): Promise<Result> => {
    const outcome = await setUniversityActive(caller, id, active === '1');
    if (!outcome.ok) return fromOutcome({ ok: false, reason: 'notFound' });
    revalidatePath('/[locale]/university/universities', 'page');
    return ok(null);
  },
});
