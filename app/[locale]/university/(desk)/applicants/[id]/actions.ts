'use server';

import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { formatDateTimeForLocale } from '@/lib/formats/jalali';
import { decideApplicant, type Decision } from '@/lib/review/decide-applicant';
import { plainText, rowIdField } from '@/lib/validation/form-fields';
import { fail, ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

// Whose file it is (and whether this reviewer may see it) is decided by the use-case, never the form.
const decisionForm = z.object({ accountId: rowIdField, reason: plainText });

const decide = (decision: Decision) =>
  formAction({
    name: `review.${decision}`,
    caller: 'staff',
    schema: decisionForm,
    run: async ({ accountId, reason }, { caller, locale }): Promise<Result> => {
      const outcome = await decideApplicant(caller, { accountId, decision, reason });
      if (outcome.ok) {
        const decided = decision === 'approve' ? 'approved' : 'rejected';
        redirect({ href: `/university/applicants/${accountId}?decided=${decided}`, locale });
        return ok(null);
      }
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
      return fromOutcome(
        outcome.reason === 'notFound' ? outcome : { ok: false, reason: outcome.reason, field: 'reason' },
      );
    },
  });

export const approveAction = decide('approve');
export const rejectAction = decide('reject');
