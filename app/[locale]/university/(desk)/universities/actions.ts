'use server';

import { revalidatePath } from 'next/cache';
import { saveUniversity, setUniversityActive } from '@/lib/staff/save-university';
import { fail, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../_components/staff-action';

type Result = ActionResult<null>;

export async function saveUniversityAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withStaff(
    formData,
    async (staff, _values, form) => {
      const id = String(form.get('id') ?? '') || undefined;
      const outcome = await saveUniversity(staff, {
        id,
        code: form.get('code') ?? '',
        nameFa: form.get('nameFa') ?? '',
        nameEn: form.get('nameEn') ?? '',
      });
      if (outcome.ok) {
        revalidatePath('/[locale]/university/universities', 'page');
        return ok(null);
      }
      if (outcome.reason === 'invalid') return fail(outcome.fieldErrors);
      return outcome.reason === 'codeTaken'
        ? fail({ code: ['universityCodeTaken'] })
        : fail({}, { formError: 'notFound' });
    },
    { admin: true },
  );
}

export async function toggleUniversityAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withStaff(
    formData,
    async (staff, _values, form) => {
      const outcome = await setUniversityActive(
        staff,
        String(form.get('id') ?? ''),
        form.get('active') === '1',
      );
      if (!outcome.ok) return fail({}, { formError: 'notFound' });
      revalidatePath('/[locale]/university/universities', 'page');
      return ok(null);
    },
    { admin: true },
  );
}
