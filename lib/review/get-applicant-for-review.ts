import 'server-only';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  accounts,
  auditEvents,
  profiles,
  staffUsers,
  universities,
  type Account,
  type StaffUser,
  type University,
} from '@/db/schema';
import { isUuid, staffCanSee } from './scope';

export interface StatusHistoryEntry {
  at: Date;
  event: string;
  from: string | null;
  to: string | null;
  /** The reviewer's display name for decisions; null for the applicant's own submits. */
  by: string | null;
}

export interface ApplicantForReview {
  account: Account;
  profile: typeof profiles.$inferSelect;
  university: University | null;
  history: StatusHistoryEntry[];
  decidedBy: string | null;
}

/**
 * Everything an applicant submitted, for a staff member allowed to see it; null (→ 404) for a
 * malformed id, a missing applicant, one who never submitted, or one of another university.
 */
export async function getApplicantForReview(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
  accountId: string,
): Promise<ApplicantForReview | null> {
  if (!isUuid(accountId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ account: accounts, profile: profiles, university: universities })
    .from(accounts)
    .innerJoin(profiles, eq(profiles.accountId, accounts.id))
    .leftJoin(universities, eq(universities.id, profiles.universityId))
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!row || !row.profile.submittedAt || !staffCanSee(staff, row.profile.universityId)) return null;

  const events = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.accountId, accountId), like(auditEvents.type, 'account-%')))
    .orderBy(asc(auditEvents.createdAt));
  const reviewerIds = [
    ...new Set(
      [...events.map((e) => e.meta?.reviewerId), row.account.reviewedBy].filter((v): v is string =>
        isUuid(v),
      ),
    ),
  ];
  const names = new Map(
    reviewerIds.length
      ? (
          await db
            .select({ id: staffUsers.id, name: staffUsers.displayName })
            .from(staffUsers)
            .where(inArray(staffUsers.id, reviewerIds))
        ).map((s) => [s.id, s.name])
      : [],
  );
  const history = events.map((e) => ({
    at: e.createdAt,
    event: e.type.replace(/^account-/, ''),
    from: typeof e.meta?.from === 'string' ? e.meta.from : null,
    to: typeof e.meta?.to === 'string' ? e.meta.to : null,
    by: isUuid(e.meta?.reviewerId) ? (names.get(e.meta.reviewerId as string) ?? null) : null,
  }));
  return {
    account: row.account,
    profile: row.profile,
    university: row.university,
    history,
    decidedBy: row.account.reviewedBy ? (names.get(row.account.reviewedBy) ?? null) : null,
  };
}
