import 'server-only';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb, type Db } from '@/db/client';
import {
  accounts,
  endedSessions,
  staffSessions,
  staffUsers,
  type Account,
  type StaffUser,
} from '@/db/schema';
import { isSessionEnded } from './ended-sessions';
import { auth } from './index';
import {
  isStaffSessionFresh,
  isSessionCurrent,
  parseClaims,
  safeReturnPath,
  type SessionClaims,
  type SessionKind,
} from './session-policy';

export { safeReturnPath };

/** The claims of this request's session cookie, decoded and verified once per request; no database. */
const decodeSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  try {
    const session = (await auth()) as { claims?: unknown } | null;
    return parseClaims(session?.claims);
  } catch {
    // A cookie signed with another secret or otherwise unreadable is simply "not signed in".
    return null;
  }
});

/** The verified claims of this request's session, unless it was signed out of (one read per request). */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const claims = await decodeSessionClaims();
  // A session its holder signed out of stays dead, even if someone kept a copy of the cookie.
  return claims && !(await isSessionEnded(claims.sessionId)) ? claims : null;
});

/**
 * The two statements every signed-in applicant request runs, prepared once per connection: the query
 * text is built once instead of on every request, and the holder and the signed-out check are one
 * round trip (docs/decisions/0006-cheap-session-checks.md).
 */
function applicantSessionQueries(db: Db) {
  const ended = sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.id} = ${sql.placeholder('sessionId')})`;
  const bySubject = eq(accounts.id, sql.placeholder('subject'));
  return {
    holder: db
      .select({ account: accounts, ended })
      .from(accounts)
      .where(bySubject)
      .limit(1)
      .prepare('session_applicant_holder'),
    version: db
      .select({ sessionVersion: accounts.sessionVersion, ended })
      .from(accounts)
      .where(bySubject)
      .limit(1)
      .prepare('session_applicant_version'),
  };
}
const preparedByDb = new WeakMap<Db, ReturnType<typeof applicantSessionQueries>>();
async function applicantQueries() {
  const db = await getDb();
  let prepared = preparedByDb.get(db);
  if (!prepared) preparedByDb.set(db, (prepared = applicantSessionQueries(db)));
  return prepared;
}

async function claimsOf(kind: SessionKind): Promise<SessionClaims | null> {
  const claims = await getSessionClaims();
  return claims?.kind === kind ? claims : null;
}

/**
 * The signed-in applicant, read fresh from the database on every request: a deleted account, or a
 * session issued before a password change or "sign out everywhere" (sessionVersion bump), is refused.
 */
export const getCurrentAccount = cache(async (): Promise<Account | null> => {
  const claims = await decodeSessionClaims();
  if (claims?.kind !== 'applicant') return null;
  const { holder } = await applicantQueries();
  const [row] = await holder.execute({ subject: claims.subject, sessionId: claims.sessionId });
  // Signed out of (ended_sessions), or older than the holder's last password change or "sign out everywhere".
  return row && !row.ended && isSessionCurrent(claims, row.account) ? row.account : null;
});

/**
 * Whether a session's claims still hold on the server, as every page checks them: for an applicant the
 * account exists, has the same sessionVersion and the session was not signed out of (one prepared
 * statement, no row fetched); for staff the checks of getCurrentStaff. For /api/auth/session.
 */
export async function isSessionStillValid(claims: SessionClaims): Promise<boolean> {
  // Staff: read only; unlike a page, a session read does not push the staff idle window on.
  if (claims.kind === 'staff')
    return (
      !(await isSessionEnded(claims.sessionId)) && Boolean(await currentStaffSession(claims, new Date()))
    );
  const { version } = await applicantQueries();
  const [row] = await version.execute({ subject: claims.subject, sessionId: claims.sessionId });
  return Boolean(row) && !row.ended && isSessionCurrent(claims, row);
}

/**
 * The signed-in staff member: the holder must exist, not be disabled, hold the same session version,
 * and the server-side session named by the cookie must be open and used within the last 15 minutes.
 * Each request pushes that window on (written at most every 30 seconds).
 */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const claims = await claimsOf('staff');
  if (!claims?.sessionId) return null;
  const now = new Date();
  const row = await currentStaffSession(claims, now);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > 30_000) {
    const db = await getDb();
    await db
      .update(staffSessions)
      .set({ lastSeenAt: now })
      .where(
        and(
          eq(staffSessions.id, row.session.id),
          isNull(staffSessions.endedAt),
          lt(staffSessions.lastSeenAt, now),
        ),
      );
  }
  return row.staff;
});

/** The staff member and open server-side session these claims name, when every check holds. */
async function currentStaffSession(claims: SessionClaims, now: Date) {
  const db = await getDb();
  const [row] = await db
    .select({ staff: staffUsers, session: staffSessions })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(and(eq(staffSessions.id, claims.sessionId), eq(staffSessions.staffId, claims.subject)))
    .limit(1);
  if (!row || row.staff.disabledAt || !row.staff.totpEnabledAt) return null;
  if (!isSessionCurrent(claims, row.staff) || !isStaffSessionFresh(row.session, now)) return null;
  return row;
}

/** The staff session id of this request's cookie (for sign-out), whoever holds it. */
export async function currentStaffSessionId(): Promise<string | null> {
  const claims = await claimsOf('staff');
  return claims?.sessionId ?? null;
}

export async function requireAccount(locale: string, returnTo: string): Promise<Account> {
  const account = await getCurrentAccount();
  if (account) return account;
  const back = safeReturnPath(returnTo, `/${locale}/dashboard`);
  redirect(`/${locale}/login?callbackUrl=${encodeURIComponent(back)}`);
}

export async function requireStaff(locale: string): Promise<StaffUser> {
  const staff = await getCurrentStaff();
  if (staff) return staff;
  redirect(`/${locale}/university/login`);
}
