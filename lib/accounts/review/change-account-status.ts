import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts, auditEvents, profiles, reviewQueueCounts, type Account } from '@/db/schema';
import { notify as queueNotification, type TemplateName } from '@/lib/notify';
import { nextStatus, statusesAllowing, type StatusEvent } from '@/lib/accounts/lifecycle/account-status';
import { dashboardLink } from '@/lib/accounts/profile/dashboard-link';
import { usernameForText } from '@/lib/accounts/registration/username-for-text';
import { readAccountStatus } from '@/lib/accounts/queries';

/** The review_queue_counts key of profiles without a university (studying abroad). */
export const NO_UNIVERSITY = '00000000-0000-0000-0000-000000000000';

export type ChangeStatusResult =
  { ok: true; account: Account } | { ok: false; error: 'notFound' | 'invalidTransition' };

/**
 * Applies one lifecycle event with a conditional UPDATE (… WHERE status IN allowed-from), so two
 * reviewers or a reviewer and a resubmit racing each other cannot both win, and queues the email to
 * the applicant in the same transaction (the caller's when `db` is given, else its own), so the change
 * and its announcement commit or roll back together. `notify: false` leaves the email out.
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
  if (!db) return (await getDb()).transaction((tx) => apply(tx));
  return apply(db);

  async function apply(handle: DbOrTx): Promise<ChangeStatusResult> {
    const currentStatus = await readAccountStatus(handle, accountId);
    if (!currentStatus) return { ok: false, error: 'notFound' };
    const to = nextStatus(currentStatus, event);
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
    const delta = (to === 'profile_submitted' ? 1 : 0) - (currentStatus === 'profile_submitted' ? 1 : 0);
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
      meta: { from: currentStatus, to, reviewerId },
      createdAt: now,
    });
    if (notify) await notifyStatusChange(handle, updated);
    return { ok: true, account: updated };
  }
}

const STATUS_TEMPLATES: Record<Account['status'], TemplateName> = {
  pre_registered: 'statusPreRegistered',
  profile_submitted: 'statusSubmitted',
  approved: 'statusApproved',
  rejected: 'statusRejected',
};

/**
 * Queues the email that tells the applicant their account's new status, and for a university's
 * decision also a short SMS (no link and no reason: those are in the email and on the dashboard).
 */
export async function notifyStatusChange(db: DbOrTx, account: Account): Promise<void> {
  if ((account.status === 'approved' || account.status === 'rejected') && account.mobile) {
    await queueNotification(db, {
      template: STATUS_TEMPLATES[account.status],
      locale: account.locale,
      to: { mobile: account.mobile },
      channel: 'sms',
    });
  }
  await queueNotification(db, {
    template: STATUS_TEMPLATES[account.status],
    locale: account.locale,
    to: { email: account.email },
    values: {
      username: usernameForText(account.username, account.locale),
      reason: account.statusReason ?? '-',
      link: dashboardLink(account.locale),
    },
  });
}
