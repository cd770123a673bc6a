import 'server-only';
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, accountTombstones } from '@/db/schema';
import { documentStorage } from '@/lib/documents/storage';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { log } from '@/lib/log';
import { formatDateForLocale, localizeDigits } from '@/lib/formats';
import { pruneDeliveries } from '@/lib/delivery/worker';
import { notify } from '@/lib/notify';
import { dashboardLink } from '@/lib/accounts/profile/dashboard-link';

const DAY_MS = 86_400_000;
/** Accounts deleted per statement: keeps each transaction short on a large backlog. */
const BATCH = 500;

export interface PurgeReport {
  reminded7: number;
  reminded2: number;
  deleted: number;
}

/**
 * A keyed hash of the username, so a tombstone can answer "was this national code purged?" for the
 * one who knows it, yet a leaked tombstone table cannot be reversed by hashing all 10^9 codes.
 */
export function tombstoneHash(username: string): string {
  return keyedHash(['tombstone', username]);
}

/**
 * Sends the reminders due at `daysBefore` days to the deadline. The reminder column is set by the
 * same UPDATE that selects the accounts (… WHERE reminderXSentAt IS NULL RETURNING), so however many
 * purges run at once, each account is claimed by one of them and emailed once; the claim and the
 * queued emails commit together, so a crash between them neither loses nor repeats a reminder.
 */
async function sendReminders(daysBefore: 7 | 2, now: Date): Promise<number> {
  return (await getDb()).transaction(async (db) => {
    const column = daysBefore === 7 ? accounts.reminder7SentAt : accounts.reminder2SentAt;
    const set =
      daysBefore === 7
        ? { reminder7SentAt: now }
        : // Someone who registered 5 days before the deadline gets the 2-day reminder only, not both.
          {
            reminder2SentAt: now,
            reminder7SentAt: sql`coalesce(${accounts.reminder7SentAt}, ${now.toISOString()}::timestamptz)`,
          };
    const claimed = await db
      .update(accounts)
      .set(set)
      .where(
        and(
          eq(accounts.status, 'pre_registered'),
          isNull(column),
          gt(accounts.completionDeadline, now),
          lte(accounts.completionDeadline, new Date(now.getTime() + daysBefore * DAY_MS)),
        ),
      )
      .returning({
        email: accounts.email,
        username: accounts.username,
        locale: accounts.locale,
        deadline: accounts.completionDeadline,
      });
    for (const row of claimed) {
      const lang = row.locale === 'en' ? 'en' : 'fa';
      await notify(db, {
        template: 'completionReminder',
        locale: lang,
        to: { email: row.email },
        values: {
          username: lang === 'fa' ? localizeDigits(row.username, 'fa') : row.username,
          deadline: formatDateForLocale(row.deadline, lang),
          link: dashboardLink(lang),
        },
      });
    }
    return claimed.length;
  });
}

/**
 * Deletes accounts still pre-registered after their completion deadline, with everything hanging off
 * them (profiles, requests, tickets: ON DELETE CASCADE), leaving a tombstone. Concurrent runs take
 * disjoint rows (FOR UPDATE SKIP LOCKED) and the DELETE re-checks the status, so an applicant who
 * submits at the last second is never deleted and no account gets two tombstones.
 */
async function deleteOverdue(now: Date): Promise<number> {
  const db = await getDb();
  let total = 0;
  for (;;) {
    const deleted = await db.transaction(async (tx) => {
      const overdue = tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.status, 'pre_registered'), lte(accounts.completionDeadline, now)))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      const gone = await tx
        .delete(accounts)
        .where(
          and(
            inArray(accounts.id, overdue),
            eq(accounts.status, 'pre_registered'),
            lte(accounts.completionDeadline, now),
          ),
        )
        .returning({ id: accounts.id, username: accounts.username });
      if (gone.length) {
        await tx.insert(accountTombstones).values(
          gone.map((g) => ({
            usernameHash: tombstoneHash(g.username),
            reason: 'incomplete-registration',
            deletedAt: now,
          })),
        );
      }
      return gone.map((g) => g.id);
    });
    // The rows went with the account (cascade); the files are removed once that is committed, by the
    // account's key prefix, so uploads that never got a row are deleted too.
    await deleteFilesOf(deleted);
    total += deleted.length;
    if (deleted.length < BATCH) return total;
  }
}

async function deleteFilesOf(accountIds: string[]): Promise<void> {
  const storage = documentStorage();
  for (const id of accountIds) {
    try {
      await storage.deletePrefix(id);
    } catch (error) {
      // Only the kind of failure: the next run cannot retry a deleted account, so it is logged loudly.
      log().error({ event: 'purge.files_failed', error: (error as Error)?.name ?? 'unknown' });
    }
  }
}

/** One purge pass: reminders first (2-day before 7-day, see sendReminders), then deletions. Idempotent. */
export async function purgeIncomplete(now: Date = new Date()): Promise<PurgeReport> {
  const reminded2 = await sendReminders(2, now);
  const reminded7 = await sendReminders(7, now);
  const deleted = await deleteOverdue(now);
  await pruneDeliveries(now);
  return { reminded7, reminded2, deleted };
}
