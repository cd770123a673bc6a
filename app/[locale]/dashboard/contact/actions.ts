'use server';

import { headers } from 'next/headers';
import { confirmContactChange, requestContactChangeCode } from '@/lib/accounts/change-contact';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';
import { CONTACT_KINDS, type ContactKind } from '@/lib/validation/contact-change';
import { fail, type ActionResult, isFormData, notAForm } from '@/lib/validation/result';
import { withApplicant } from '../_components/applicant-action';

type Result = ActionResult<unknown>;

function kindOf(formData: FormData): ContactKind | null {
  const kind = formData.get('kind');
  return (CONTACT_KINDS as readonly unknown[]).includes(kind) ? (kind as ContactKind) : null;
}

/** Called from the "send code" button directly (not as the form's action), so the form keeps its values. */
export async function requestContactCodeAction(formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  const kind = kindOf(formData);
  if (!kind) return fail({}, { formError: 'generic' });
  const clientKey = hashClientAddress(clientAddress(await headers()));
  return withApplicant(formData, (account, values) =>
    requestContactChangeCode(
      account.id,
      kind,
      { ...values, currentPassword: formData.get('currentPassword') },
      { clientKey, humanCheck: formData.get('altcha') },
    ),
  );
}

export async function confirmContactChangeAction(_prev: Result | null, formData: FormData): Promise<Result> {
  if (!isFormData(formData)) return notAForm();
  const kind = kindOf(formData);
  if (!kind) return fail({}, { formError: 'generic' });
  return withApplicant(formData, (account, values) =>
    confirmContactChange(account.id, kind, { ...values, currentPassword: formData.get('currentPassword') }),
  );
}
