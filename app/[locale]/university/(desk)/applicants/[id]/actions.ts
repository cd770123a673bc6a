'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { formatDateTimeForLocale } from '@/lib/identity/jalali';
import { decideApplicant, type Decision } from '@/lib/review/decide-applicant';
import { fail, type ActionResult } from '@/lib/validation/result';
import { withStaff } from '../../../_components/staff-action';

type Result = ActionResult<null>;

async function decide(formData: unknown, decision: Decision): Promise<Result> {
  const locale = await getLocale();
  return withStaff(formData, async (staff, _values, form) => {
    const accountId = String(form.get('accountId') ?? '');
    const outcome = await decideApplicant(staff, { accountId, decision, reason: form.get('reason') });
    if (outcome.ok)
      return redirect({
        href: `/university/applicants/${accountId}?decided=${decision === 'approve' ? 'approved' : 'rejected'}`,
        locale,
      });
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
}

export async function approveAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return decide(formData, 'approve');
}

export async function rejectAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return decide(formData, 'reject');
}
