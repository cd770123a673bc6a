/**
 * Session lifetimes and the freshness checks every request applies. Pure (no I/O, no Next), so the
 * rules are unit-tested directly and the same numbers are quoted in the README.
 */

/** A session left alone this long ends; every request that reads it pushes the end back (sliding). */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

/**
 * Staff sessions idle out sooner: 15 minutes without a request. Measured on the server
 * (staff_sessions.last_seen_at), because a page view does not re-issue the cookie.
 */
export const STAFF_IDLE_TIMEOUT_SECONDS = 15 * 60;

/** True while a staff session seen last at `lastSeenAt` is still inside its idle window. */
export function isStaffSessionFresh(
  session: { lastSeenAt: Date; endedAt: Date | null } | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!session || session.endedAt) return false;
  return now.getTime() - session.lastSeenAt.getTime() < STAFF_IDLE_TIMEOUT_SECONDS * 1000;
}

/** However active, a session ends this long after the password was typed: a stolen cookie is not forever. */
export const ABSOLUTE_LIFETIME_SECONDS = 12 * 60 * 60;

export type SessionKind = 'applicant' | 'staff';

/** What the signed session token carries: who, which kind, which session version, when signed in. */
export interface SessionClaims {
  subject: string;
  kind: SessionKind;
  sessionVersion: number;
  /** Epoch seconds of the sign-in. */
  authTime: number;
  /**
   * This session's id: for staff the staff_sessions row of the sign-in, for an applicant a random id
   * that signing out records as ended (lib/auth/ended-sessions.ts).
   */
  sessionId: string;
}

export function isWithinAbsoluteLifetime(authTime: unknown, now: Date = new Date()): boolean {
  if (typeof authTime !== 'number' || !Number.isFinite(authTime)) return false;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  // A sign-in time in the future means a forged or corrupted token.
  return authTime <= nowSeconds + 60 && nowSeconds - authTime < ABSOLUTE_LIFETIME_SECONDS;
}

/**
 * A session is current when its holder still exists and has not bumped the session version since
 * (password change, reset, "sign out everywhere"), and the absolute lifetime has not run out.
 */
export function isSessionCurrent(
  claims: Pick<SessionClaims, 'sessionVersion' | 'authTime'>,
  holder: { sessionVersion: number } | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!holder) return false;
  if (!Number.isInteger(claims.sessionVersion) || claims.sessionVersion !== holder.sessionVersion)
    return false;
  return isWithinAbsoluteLifetime(claims.authTime, now);
}

/** Reads the claims back from an untyped session object; null when anything is missing or malformed. */
export function parseClaims(value: unknown): SessionClaims | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.subject !== 'string' || !v.subject) return null;
  if (v.kind !== 'applicant' && v.kind !== 'staff') return null;
  if (typeof v.sessionVersion !== 'number' || typeof v.authTime !== 'number') return null;
  // A session without its own id cannot be ended on the server, so it is not accepted.
  if (typeof v.sessionId !== 'string' || !/^[A-Za-z0-9_-]{16,64}$/.test(v.sessionId)) return null;
  return {
    subject: v.subject,
    kind: v.kind,
    sessionVersion: v.sessionVersion,
    authTime: v.authTime,
    sessionId: v.sessionId,
  };
}

/** Only same-origin relative paths survive as a return address (no open redirect). */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  // "//host" and "/\host" are protocol-relative in browsers; control characters can smuggle either.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  return value;
}
