import { eq, inArray } from 'drizzle-orm';
import { accounts, accountTombstones, profiles, supportTickets } from '@/db/schema';
import { purgeIncomplete, tombstoneHash } from '@/lib/accounts/lifecycle/purge-incomplete';
import { listOutbox } from '../helpers/delivery';
import { JALALI_MONTHS_FA, toJalali, toPersianDigits } from '@/lib/formats';
import { createApplicant } from '../helpers/applicant';
import { setupTestDatabase } from '../helpers/db';
import { openTicketForm } from '../helpers/as-action';

const getDb = setupTestDatabase();
const DAY = 86_400_000;

/**
 * Accounts are created "in the past" (their deadline counted from an earlier `now`) and purges run at
 * injected instants. No instant is later than 29 days from the real clock: other test files create
 * accounts right now (deadline in 30 days) in the shared PostgreSQL database on the second pass, and
 * this file must never purge them from under those tests.
 */
const T0 = new Date();
const daysAgo = (d: number) => new Date(T0.getTime() - d * DAY);

async function exists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, id))).length === 1;
}

async function reminderMails(email: string) {
  return (await listOutbox({ to: email, channel: 'email' })).filter(
    (m) => m.subject === 'یادآوری تکمیل ثبت نام',
  );
}

describe('purge of incomplete registrations', () => {
  test('deletes exactly the overdue pre-registered accounts, with their data, leaving tombstones', async () => {
    // ACCOUNT_COMPLETION_DAYS = 30: created 31 days ago → overdue; 29 days ago → one day left.
    const overdue = await createApplicant({ now: daysAgo(31) });
    const notYet = await createApplicant({ now: daysAgo(29) });
    const submitted = await createApplicant({ now: daysAgo(40), status: 'profile_submitted' });
    const approved = await createApplicant({ now: daysAgo(40), status: 'approved' });
    const rejected = await createApplicant({ now: daysAgo(40), status: 'rejected' });
    const db = await getDb();
    await db.insert(profiles).values({ accountId: overdue.id, fatherName: 'رضا', completedStep: 1 });
    expect(
      (await openTicketForm(overdue.id, { subject: 'سوال', message: 'پیام آزمایشی' }, daysAgo(31))).ok,
    ).toBe(true);

    const report = await purgeIncomplete(T0);
    expect(report.deleted).toBeGreaterThanOrEqual(1);

    expect(await exists(overdue.id)).toBe(false);
    for (const kept of [notYet, submitted, approved, rejected]) expect(await exists(kept.id)).toBe(true);
    expect(await db.select().from(profiles).where(eq(profiles.accountId, overdue.id))).toHaveLength(0);
    expect(
      await db.select().from(supportTickets).where(eq(supportTickets.accountId, overdue.id)),
    ).toHaveLength(0);

    const stones = await db
      .select()
      .from(accountTombstones)
      .where(
        inArray(accountTombstones.usernameHash, [
          tombstoneHash(overdue.username),
          tombstoneHash(notYet.username),
        ]),
      );
    expect(stones).toHaveLength(1);
    expect(stones[0]).toMatchObject({
      usernameHash: tombstoneHash(overdue.username),
      reason: 'incomplete-registration',
    });
    expect(stones[0].usernameHash).not.toContain(overdue.username);
    expect(stones[0].deletedAt.toISOString()).toBe(T0.toISOString());

    // Idempotent: a second pass finds nothing more of ours and writes no second tombstone.
    await purgeIncomplete(T0);
    const again = await db
      .select()
      .from(accountTombstones)
      .where(eq(accountTombstones.usernameHash, tombstoneHash(overdue.username)));
    expect(again).toHaveLength(1);
  });

  test('reminders at 7 and 2 days before the deadline, each sent once', async () => {
    const account = await createApplicant({ now: daysAgo(0) }); // deadline T0 + 30 days
    const at = (daysBeforeDeadline: number) => new Date(T0.getTime() + (30 - daysBeforeDeadline) * DAY);

    await purgeIncomplete(at(10));
    expect(await reminderMails(account.email)).toHaveLength(0);

    await purgeIncomplete(at(6.5));
    await purgeIncomplete(at(6));
    const seven = await reminderMails(account.email);
    expect(seven).toHaveLength(1);
    const deadline = toJalali(account.completionDeadline);
    // The deadline written as a Jalali date with Persian digits.
    expect(seven[0].body).toContain(`${JALALI_MONTHS_FA[deadline.jm - 1]} ${toPersianDigits(deadline.jy)}`);

    await purgeIncomplete(at(1.5));
    await purgeIncomplete(at(1));
    expect(await reminderMails(account.email)).toHaveLength(2);

    const db = await getDb();
    const [row] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row.reminder7SentAt?.toISOString()).toBe(at(6.5).toISOString());
    expect(row.reminder2SentAt?.toISOString()).toBe(at(1.5).toISOString());
    expect(await exists(account.id)).toBe(true);
  });

  test('an account first seen two days before its deadline gets one reminder, not two', async () => {
    const account = await createApplicant({ now: daysAgo(0) });
    await purgeIncomplete(new Date(T0.getTime() + 28.5 * DAY));
    await purgeIncomplete(new Date(T0.getTime() + 29 * DAY));
    expect(await reminderMails(account.email)).toHaveLength(1);
  });

  test('two purges at once neither fail nor double-send nor double-tombstone', async () => {
    const base = T0;
    const due7 = await createApplicant({ now: new Date(base.getTime() - 25 * DAY) });
    const due2 = await createApplicant({ now: new Date(base.getTime() - 29 * DAY) });
    const overdue = await createApplicant({ now: new Date(base.getTime() - 31 * DAY) });

    const reports = await Promise.all([purgeIncomplete(base), purgeIncomplete(base), purgeIncomplete(base)]);
    expect(reports).toHaveLength(3);

    expect(await reminderMails(due7.email)).toHaveLength(1);
    expect(await reminderMails(due2.email)).toHaveLength(1);
    expect(await exists(overdue.id)).toBe(false);
    const db = await getDb();
    const stones = await db
      .select()
      .from(accountTombstones)
      .where(eq(accountTombstones.usernameHash, tombstoneHash(overdue.username)));
    expect(stones).toHaveLength(1);
  });
});
