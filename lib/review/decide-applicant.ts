import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, profiles, staffUsers, type StaffUser } from '@/db/schema';
import { changeAccountStatus } from '@/lib/accounts/review/change-account-status';
import { MAX_REASON_LENGTH } from '@/lib/accounts/review/review-applicant';
import { isUuid, staffCanSee } from './scope';

export type Decision = 'approve' | 'reject';

export type DecideOutcome =
  | { ok: true; status: 'approved' | 'rejected' }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'reasonRequired' | 'reasonTooLong' }
  /** Somebody decided first (or the applicant is not waiting): who and when, so nothing is overwritten silently. */
  | { ok: false; reason: 'alreadyDecided'; status: string; by: string | null; at: Date | null };

/** The reason as the applicant will read it: trimmed, inner whitespace runs kept as single spaces or newlines. */
export function cleanReason(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A reviewer's decision on a submitted applicant. Authorization first (role and the row's university:
 * another university's applicant is `notFound`), then the account state machine's conditional UPDATE:
 * of two simultaneous decisions exactly one wins and the other learns who decided and when. The
 * applicant is told by email and SMS, queued in the same transaction as the change.
 */
export async function decideApplicant(
  staff: Pick<StaffUser, 'id' | 'role' | 'universityId'>,
  input: { accountId: string; decision: Decision; reason?: string },
  now: Date = new Date(),
): Promise<DecideOutcome> {
  if (!isUuid(input.accountId)) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const [target] = await db
    .select({ universityId: profiles.universityId, submittedAt: profiles.submittedAt })
    .from(profiles)
    .where(eq(profiles.accountId, input.accountId))
    .limit(1);
  if (!target || !target.submittedAt || !staffCanSee(staff, target.universityId))
    return { ok: false, reason: 'notFound' };

  let reason: string | null = null;
  if (input.decision === 'reject') {
    reason = cleanReason(input.reason);
    if (reason.length < 3) return { ok: false, reason: 'reasonRequired' };
    if (reason.length > MAX_REASON_LENGTH) return { ok: false, reason: 'reasonTooLong' };
  }
  const changed = await changeAccountStatus(input.accountId, input.decision, {
    reason,
    reviewerId: staff.id,
    now,
  });
  if (!changed.ok) {
    if (changed.error === 'notFound') return { ok: false, reason: 'notFound' };
    const [current] = await db
      .select({ status: accounts.status, at: accounts.statusChangedAt, by: staffUsers.displayName })
      .from(accounts)
      .leftJoin(staffUsers, eq(staffUsers.id, accounts.reviewedBy))
      .where(eq(accounts.id, input.accountId))
      .limit(1);
    return {
      ok: false,
      reason: 'alreadyDecided',
      status: current?.status ?? 'unknown',
      by: current?.by ?? null,
      at: current?.at ?? null,
    };
  }
  // The email and SMS to the applicant were queued with the change (changeAccountStatus).
  return { ok: true, status: changed.account.status as 'approved' | 'rejected' };
}
