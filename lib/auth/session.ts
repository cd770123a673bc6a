import 'server-only';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { accounts, staffSessions, staffUsers, type Account, type StaffUser } from '@/db/schema';
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

/** The verified claims of this request's session (one decode per request, whatever calls it). */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  try {
    const session = (await auth()) as { claims?: unknown } | null;
    const claims = parseClaims(session?.claims);
    // A session its holder signed out of stays dead, even if someone kept a copy of the cookie.
    return claims && !(await isSessionEnded(claims.sessionId)) ? claims : null;
  } catch {
    // A cookie signed with another secret or otherwise unreadable is simply "not signed in".
    return null;
  }
});

async function claimsOf(kind: SessionKind): Promise<SessionClaims | null> {
  const claims = await getSessionClaims();
  return claims?.kind === kind ? claims : null;
}

/**
 * The signed-in applicant, read fresh from the database on every request: a deleted account, or a
 * session issued before a password change or "sign out everywhere" (sessionVersion bump), is refused.
 */
export const getCurrentAccount = cache(async (): Promise<Account | null> => {
  const claims = await claimsOf('applicant');
  if (!claims) return null;
  const db = await getDb();
  const [account] = await db.select().from(accounts).where(eq(accounts.id, claims.subject)).limit(1);
  return account && isSessionCurrent(claims, account) ? account : null;
});

/**
 * The signed-in staff member: the holder must exist, not be disabled, hold the same session version,
 * and the server-side session named by the cookie must be open and used within the last 15 minutes.
 * Each request pushes that window on (written at most every 30 seconds).
 */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const claims = await claimsOf('staff');
  if (!claims?.sessionId) return null;
  const db = await getDb();
  const now = new Date();
  const [row] = await db
    .select({ staff: staffUsers, session: staffSessions })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(and(eq(staffSessions.id, claims.sessionId), eq(staffSessions.staffId, claims.subject)))
    .limit(1);
  if (!row || row.staff.disabledAt || !row.staff.totpEnabledAt) return null;
  if (!isSessionCurrent(claims, row.staff) || !isStaffSessionFresh(row.session, now)) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > 30_000) {
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
