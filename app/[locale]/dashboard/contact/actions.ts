'use server';

import { headers } from 'next/headers';
import { confirmContactChange, requestContactChangeCode } from '@/lib/accounts/profile/change-contact';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { CONTACT_KINDS, type ContactKind } from '@/lib/validation/contact-change';
import { fail, type ActionResult } from '@/lib/validation/result';
import { withApplicant } from '../_components/applicant-action';

type Result = ActionResult<unknown>;

function kindOf(formData: FormData): ContactKind | null {
  const kind = formData.get('kind');
  return (CONTACT_KINDS as readonly unknown[]).includes(kind) ? (kind as ContactKind) : null;
}

/** Called from the "send code" button directly (not as the form's action), so the form keeps its values. */
export async function requestContactCodeAction(formData: FormData): Promise<Result> {
  return withApplicant(formData, async (account, values, form) => {
    const kind = kindOf(form);
    if (!kind) return fail({}, { formError: 'generic' });
    const clientKey = hashClientAddress(clientAddress(await headers()));
    return requestContactChangeCode(
      account.id,
      kind,
      { ...values, currentPassword: form.get('currentPassword') },
      { clientKey, humanCheck: form.get('altcha') },
    );
  });
}

export async function confirmContactChangeAction(_prev: Result | null, formData: FormData): Promise<Result> {
  return withApplicant(formData, async (account, values, form) => {
    const kind = kindOf(form);
    if (!kind) return fail({}, { formError: 'generic' });
    return confirmContactChange(account.id, kind, {
      ...values,
      currentPassword: form.get('currentPassword'),
    });
  });
}
