import 'server-only';
import { and, asc, eq, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, profiles, reviewQueueCounts, universities, type StaffUser } from '@/db/schema';
import { isAccountStatus, type AccountStatus } from '@/lib/accounts/lifecycle/account-status';
import { normalizeDigits } from '@/lib/formats/digits';
import { normalizePersonName } from '@/lib/validation/text';
import { isUuid, universityScope } from './scope';

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_FILTERS = ['profile_submitted', 'approved', 'rejected', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export interface QueueRow {
  id: string;
  firstName: string;
  lastName: string;
  nationalCode: string | null;
  username: string;
  status: AccountStatus;
  submittedAt: Date;
  universityNameFa: string | null;
  universityNameEn: string | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** The cursor of the next page (keyset: the last row's submission time and id), or null at the end. */
  next: string | null;
  /** Applicants in scope still waiting for a decision (whatever the filter and search; review_queue_counts). */
  waiting: number;
}

export interface QueueQuery {
  status?: string;
  q?: string;
  after?: string;
  university?: string;
}

export function encodeCursor(row: { submittedAt: Date; id: string }): string {
  return Buffer.from(`${row.submittedAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: unknown): { at: Date; id: string } | null {
  if (typeof cursor !== 'string' || cursor.length > 200) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  return Number.isNaN(at.getTime()) || !isUuid(id) ? null : { at, id };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A search term: digits (Persian or Latin) match national codes by prefix, anything else names. */
function searchCondition(raw: string): SQL | undefined {
  const term = normalizeDigits(String(raw ?? ''))
    .trim()
    .slice(0, 100);
  if (!term) return undefined;
  if (/^\d+$/.test(term)) return sql`${accounts.nationalCode} like ${`${escapeLike(term)}%`}`;
  const name = escapeLike(normalizePersonName(term));
  if (!name) return undefined;
  return or(
    sql`${accounts.lastName} like ${`${name}%`}`,
    sql`${accounts.firstName} like ${`${name}%`}`,
    sql`(${accounts.firstName} || ' ' || ${accounts.lastName}) like ${`${name}%`}`,
  );
}

/**
 * The review queue: submitted profiles in the staff member's scope, oldest submission first, one page
 * at a time by keyset (`(submitted_at, account_id) > cursor`, never OFFSET, so a deep page costs what
 * the first one does), filtered by status (default: waiting) and searched by name or national code.
 */
export async function listReviewQueue(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
  query: QueueQuery = {},
  pageSize = QUEUE_PAGE_SIZE,
): Promise<QueuePage> {
  const scope = universityScope(staff, query.university);
  if (!scope) return { rows: [], next: null, waiting: 0 };
  const db = await getDb();
  const filter: QueueFilter = (QUEUE_FILTERS as readonly string[]).includes(query.status ?? '')
    ? (query.status as QueueFilter)
    : 'profile_submitted';
  // Everything the queue filters and sorts on lives on the profile (reviewStatus is the account's
  // status, kept there by changeAccountStatus), so a page and the waiting count each read one index.
  const inScope = and(
    isNotNull(profiles.reviewStatus),
    isNotNull(profiles.submittedAt),
    scope.universityId ? eq(profiles.universityId, scope.universityId) : undefined,
  );
  const cursor = decodeCursor(query.after);
  const search = searchCondition(query.q ?? '');
  const where = and(
    inScope,
    filter !== 'all' && isAccountStatus(filter) ? eq(profiles.reviewStatus, filter) : undefined,
    search,
    // A row comparison, which PostgreSQL answers as one range of the queue index.
    cursor
      ? sql`(${profiles.submittedAt}, ${profiles.accountId}) > (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`
      : undefined,
  );
  const [rows, waiting] = await Promise.all([
    db
      .select({
        id: accounts.id,
        firstName: accounts.firstName,
        lastName: accounts.lastName,
        nationalCode: accounts.nationalCode,
        username: accounts.username,
        status: accounts.status,
        submittedAt: profiles.submittedAt,
        universityNameFa: universities.nameFa,
        universityNameEn: universities.nameEn,
      })
      .from(profiles)
      .innerJoin(accounts, eq(accounts.id, profiles.accountId))
      .leftJoin(universities, eq(universities.id, profiles.universityId))
      .where(where)
      .orderBy(asc(profiles.submittedAt), asc(profiles.accountId))
      .limit(pageSize + 1),
    db
      .select({ n: sql<number>`coalesce(sum(${reviewQueueCounts.waiting}), 0)::int` })
      .from(reviewQueueCounts)
      .where(scope.universityId ? eq(reviewQueueCounts.universityKey, scope.universityId) : undefined)
      .then(([row]) => Number(row?.n ?? 0)),
  ]);
  const page = rows.slice(0, pageSize) as QueueRow[];
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > pageSize && last ? encodeCursor(last) : null,
    waiting,
  };
}
