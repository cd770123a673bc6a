import 'server-only';
import { changeAccountStatus, type ChangeStatusResult } from '@/lib/accounts/review/change-account-status';

/** Reasons are shown to the applicant and kept short enough for an email line. */
export const MAX_REASON_LENGTH = 500;

export type ReviewResult = ChangeStatusResult | { ok: false; error: 'reasonRequired' };

/** A university officer approves a submitted profile; the applicant may then file requests. */
export function approveApplicant(
  accountId: string,
  reviewerId?: string | null,
  now: Date = new Date(),
): Promise<ReviewResult> {
  return changeAccountStatus(accountId, 'approve', { reviewerId, now });
}

/** A rejection always carries a reason: the applicant must know what to correct before resubmitting. */
export async function rejectApplicant(
  accountId: string,
  reason: string,
  reviewerId?: string | null,
  now: Date = new Date(),
): Promise<ReviewResult> {
  const trimmed = typeof reason === 'string' ? reason.trim().replace(/\s+/g, ' ') : '';
  if (trimmed.length < 3) return { ok: false, error: 'reasonRequired' };
  return changeAccountStatus(accountId, 'reject', {
    reason: trimmed.slice(0, MAX_REASON_LENGTH),
    reviewerId,
    now,
  });
}
