import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts, auditEvents, profiles, reviewQueueCounts, type Account } from '@/db/schema';
import { sendEmail } from '@/lib/delivery';
import { nextStatus, statusesAllowing, type StatusEvent } from './account-status';
import { statusChangedEmail } from './applicant-emails';

/** The review_queue_counts key of profiles without a university (studying abroad). */
export const NO_UNIVERSITY = '00000000-0000-0000-0000-000000000000';

export type ChangeStatusResult =
  { ok: true; account: Account } | { ok: false; error: 'notFound' | 'invalidTransition' };

/**
 * Applies one lifecycle event with a conditional UPDATE (… WHERE status IN allowed-from), so two
 * reviewers or a reviewer and a resubmit racing each other cannot both win, then emails the applicant.
 * Pass `db` to run inside the caller's transaction; the email is then the caller's job (`notify: false`).
 */
export async function changeAccountStatus(
  accountId: string,
  event: StatusEvent,
  {
    reason = null,
    reviewerId = null,
    now = new Date(),
    db,
    notify = true,
  }: { reason?: string | null; reviewerId?: string | null; now?: Date; db?: DbOrTx; notify?: boolean } = {},
): Promise<ChangeStatusResult> {
  if (!db) {
    // Without the caller's transaction, the status, its copy on the profile and the audit row are one.
    const result = await (
      await getDb()
    ).transaction((tx) =>
      changeAccountStatus(accountId, event, { reason, reviewerId, now, db: tx, notify: false }),
    );
    if (result.ok && notify) await notifyStatusChange(result.account);
    return result;
  }
  const handle = db;
  const [current] = await handle
    .select({ status: accounts.status })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!current) return { ok: false, error: 'notFound' };
  const to = nextStatus(current.status, event);
  if (!to) return { ok: false, error: 'invalidTransition' };

  const [updated] = await handle
    .update(accounts)
    .set({
      status: to,
      statusReason: event === 'reject' ? reason : null,
      statusChangedAt: now,
      reviewedBy: event === 'submit' ? null : reviewerId,
      updatedAt: now,
    })
    .where(and(eq(accounts.id, accountId), inArray(accounts.status, statusesAllowing(event))))
    .returning();
  if (!updated) return { ok: false, error: 'invalidTransition' };
  // The review queue reads the status from the profile (see profiles.reviewStatus) and its count of
  // waiting applicants from review_queue_counts: both change here, in the same transaction.
  const [profile] = await handle
    .update(profiles)
    .set({ reviewStatus: to })
    .where(eq(profiles.accountId, accountId))
    .returning({ universityId: profiles.universityId });
  const delta = (to === 'profile_submitted' ? 1 : 0) - (current.status === 'profile_submitted' ? 1 : 0);
  if (profile && delta !== 0) {
    await handle
      .insert(reviewQueueCounts)
      .values({ universityKey: profile.universityId ?? NO_UNIVERSITY, waiting: delta })
      .onConflictDoUpdate({
        target: reviewQueueCounts.universityKey,
        set: { waiting: sql`${reviewQueueCounts.waiting} + ${delta}` },
      });
  }

  await handle.insert(auditEvents).values({
    type: `account-${event}`,
    accountId,
    meta: { from: current.status, to, reviewerId },
    createdAt: now,
  });
  if (notify) await notifyStatusChange(updated);
  return { ok: true, account: updated };
}

export async function notifyStatusChange(account: Account): Promise<void> {
  const mail = statusChangedEmail(account.status, account.locale, account.username, account.statusReason);
  await sendEmail(account.email, mail.subject, mail.body);
}
