import 'server-only';
import { eq, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { endedSessions } from '@/db/schema';
import { ABSOLUTE_LIFETIME_SECONDS, type SessionClaims } from './session-policy';

/**
 * Sessions are signed cookies (JWT), so clearing the cookie alone leaves every copy of it valid.
 * Signing out records the session's id here until the session could not be valid anyway (its
 * absolute lifetime), and every session read refuses a recorded id.
 */
export async function endSession(claims: Pick<SessionClaims, 'sessionId' | 'authTime'>, now = new Date()) {
  const db = await getDb();
  const expiresAt = new Date((claims.authTime + ABSOLUTE_LIFETIME_SECONDS + 60) * 1000);
  await db.insert(endedSessions).values({ id: claims.sessionId, expiresAt }).onConflictDoNothing();
  // Rows past their session's lifetime prove nothing; trimming here needs no cron job.
  await db.delete(endedSessions).where(lt(endedSessions.expiresAt, now));
}

export async function isSessionEnded(sessionId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: endedSessions.id })
    .from(endedSessions)
    .where(eq(endedSessions.id, sessionId))
    .limit(1);
  return Boolean(row);
}
