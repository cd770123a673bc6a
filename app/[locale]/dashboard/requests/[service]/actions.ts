'use server';

import { z } from 'zod';
import { fromOutcome, formAction } from '@/lib/actions/define-action';
import { redirect } from '@/lib/i18n/navigation';
import { fileServiceRequest } from '@/lib/requests/file-service-request';
import { serviceRequestSchema } from '@/lib/validation/service-request';
import { ok, type ActionResult } from '@/lib/validation/result';

type Result = ActionResult<null>;

/** The form's schema is its service's: the description, that service's details and documents. */
export const fileRequestAction = formAction({
  name: 'requests.file',
  caller: 'applicant',
  schema: (_locale, input) =>
    serviceRequestSchema(String(input.service ?? '')).extend({ service: z.string().max(100) }),
  run: async ({ service, ...details }, { caller, locale }): Promise<Result> => {
    const outcome = await fileServiceRequest(caller.id, service as string, details as Record<string, string>);
    if (!outcome.ok) return fromOutcome(outcome);
    redirect({
      href: `/dashboard/requests/track/${encodeURIComponent(outcome.trackingNumber)}?filed=1`,
      locale,
    });
    return ok(null);
  },
});
