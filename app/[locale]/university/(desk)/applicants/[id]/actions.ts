'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { formatDateTimeForLocale } from '@/lib/identity/jalali';
import { decideApplicant, type Decision } from '@/lib/review/decide-applicant';
import { fail, isFormData, notAForm, ok, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../../_components/staff-action';

type Result = ActionResult<null>;

async function decide(formData: FormData, decision: Decision): Promise<Result> {
  const accountId = String(formData.get('accountId') ?? '');
  const locale = await getLocale();
  const result = await withStaff(formData, async (staff) => {
    const outcome = await decideApplicant(staff, { accountId, decision, reason: formData.get('reason') });
    if (outcome.ok) return ok(null);
    if (outcome.reason === 'notFound') return fail({}, { formError: 'notFound' });
    if (outcome.reason === 'alreadyDecided')
      return fail(
        {},
        {
          formError: outcome.by ? 'alreadyDecided' : 'notWaiting',
          formErrorValues: {
            by: outcome.by ?? '',
            at: outcome.at ? formatDateTimeForLocale(outcome.at, locale) : '',
          },
        },
      );
    return fail({ reason: [outcome.reason] });
  });
  if (result.ok)
    redirect({
      href: `/university/applicants/${accountId}?decided=${decision === 'approve' ? 'approved' : 'rejected'}`,
      locale,
    });
  return result;
}

export async function approveAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  return decide(formData, 'approve');
}

export async function rejectAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  return decide(formData, 'reject');
}
