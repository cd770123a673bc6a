'use server';

import { getLocale } from 'next-intl/server';
import { saveProfileStep } from '@/lib/accounts/profile/save-profile-step';
import { submitProfile } from '@/lib/accounts/profile/submit-profile';
import { redirect } from '@/lib/i18n/navigation';
import type { ActionResult } from '@/lib/validation/result';
import { withApplicant } from '../../_components/applicant-action';

type Result = ActionResult<unknown>;

async function saveAndGo(step: 'personal' | 'education', next: string, formData: unknown): Promise<Result> {
  const result = await withApplicant(formData, (account, values) =>
    saveProfileStep(account.id, step, values),
  );
  if (result.ok) redirect({ href: `/dashboard/profile/${next}`, locale: await getLocale() });
  return result;
}

export async function savePersonalAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return saveAndGo('personal', 'education', formData);
}

export async function saveEducationAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return saveAndGo('education', 'review', formData);
}

export async function submitProfileAction(_prev: Result | null, formData: FormData): Promise<Result> {
  const result = await withApplicant(formData, async (account, values) => {
    if (values.confirm !== 'yes') return { ok: false, fieldErrors: { confirm: ['confirmRequired'] } };
    return submitProfile(account.id);
  });
  if (result.ok) redirect({ href: '/dashboard?submitted=1', locale: await getLocale() });
  return result;
}
