'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { fileServiceRequest } from '@/lib/requests/file-service-request';
import type { ActionResult } from '@/lib/validation/result';
import { withApplicant } from '../../_components/applicant-action';

type Result = ActionResult<unknown>;

export async function fileRequestAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withApplicant(formData, async (account, values, form) => {
    const { service: _service, ...input } = values;
    const result = await fileServiceRequest(account.id, String(form.get('service') ?? ''), input);
    if (result.ok) {
      const { trackingNumber } = result.data as { trackingNumber: string };
      redirect({
        href: `/dashboard/requests/track/${encodeURIComponent(trackingNumber)}?filed=1`,
        locale: await getLocale(),
      });
    }
    return result;
  });
}
