import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { auditEvents, staffSessions, staffUsers, type StaffUser } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { readSignedToken, signToken } from '@/lib/crypto/signed-token';
import { verifySecondFactor } from './verify-second-factor';

/**
 * Between the password and the code, the browser holds only this short-lived server-signed ticket
 * (in an HttpOnly cookie): the staff id and session version, valid for 5 minutes. No session exists
 * until the second factor is proven.
 */
export const PENDING_TTL_SECONDS = 5 * 60;
export const PENDING_COOKIE = 'sa-staff-2fa';
/** Wrong codes tolerated per account in 15 minutes before the second factor locks for 15 minutes. */
export const SECOND_FACTOR_MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

const PENDING_PURPOSE = 'staff-2fa-pending';

export function createPendingTicket(
  staff: Pick<StaffUser, 'id' | 'sessionVersion'>,
  now = new Date(),
): string {
  return signToken(PENDING_PURPOSE, {
    s: staff.id,
    v: staff.sessionVersion,
    exp: Math.floor(now.getTime() / 1000) + PENDING_TTL_SECONDS,
  });
}

export function readPendingTicket(
  ticket: unknown,
  now = new Date(),
): { staffId: string; sessionVersion: number } | null {
  const p = readSignedToken(PENDING_PURPOSE, ticket, 500);
  if (!p || typeof p.s !== 'string' || typeof p.v !== 'number' || typeof p.exp !== 'number') return null;
  if (p.exp < Math.floor(now.getTime() / 1000)) return null;
  return { staffId: p.s, sessionVersion: p.v };
}

export type CompleteSignInOutcome =
  | { ok: true; staff: StaffUser; sessionId: string }
  | { ok: false; reason: 'expired' | 'wrong' | 'replayed' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

async function recentFailures(
  db: DbOrTx,
  staffId: string,
  now: Date,
): Promise<{ count: number; last: Date | null }> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, last: sql<string | null>`max(${auditEvents.createdAt})` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.type, 'staff_totp_failure'),
        gt(auditEvents.createdAt, since),
        sql`${auditEvents.meta}->>'staffId' = ${staffId}`,
        sql`coalesce(${auditEvents.meta}->>'during', 'login') = 'login'`,
      ),
    );
  return { count: Number(row?.count ?? 0), last: row?.last ? new Date(row.last) : null };
}

/**
 * Step 2 of a staff sign-in: the pending ticket from the password step plus a TOTP or recovery code.
 * Five wrong codes in 15 minutes lock the second factor for 15 minutes (applicants have no second
 * factor; their password throttling is looser too). On success a server-side session is opened.
 */
export async function completeStaffSignIn(
  input: { pendingTicket: unknown; code: string; clientHash: string },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<CompleteSignInOutcome> {
  const pending = readPendingTicket(input.pendingTicket, now);
  if (!pending) return { ok: false, reason: 'expired' };
  const handle = db ?? (await getDb());
  const [staff] = await handle.select().from(staffUsers).where(eq(staffUsers.id, pending.staffId)).limit(1);
  if (!staff || staff.disabledAt || !staff.totpEnabledAt || staff.sessionVersion !== pending.sessionVersion)
    return { ok: false, reason: 'expired' };
  const failures = await recentFailures(handle, staff.id, now);
  if (failures.count >= SECOND_FACTOR_MAX_FAILURES && failures.last) {
    const until = failures.last.getTime() + WINDOW_MS;
    return {
      ok: false,
      reason: 'locked',
      retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
    };
  }
  const checked = await verifySecondFactor(staff, input.code, { now, db: handle });
  if (!checked.ok) {
    await recordAuditEvent(
      {
        type: 'staff_totp_failure',
        clientHash: input.clientHash,
        meta: { staffId: staff.id, why: checked.reason },
      },
      { now, db: handle },
    );
    return { ok: false, reason: checked.reason };
  }
  const [session] = await handle
    .insert(staffSessions)
    .values({ staffId: staff.id, lastSeenAt: now, createdAt: now })
    .returning({ id: staffSessions.id });
  await recordAuditEvent(
    {
      type: 'staff_signed_in',
      clientHash: input.clientHash,
      meta: { staffId: staff.id, method: checked.method, sessionId: session.id },
    },
    { now, db: handle },
  );
  return { ok: true, staff, sessionId: session.id };
}

/** Sign-out ends the server-side session: a copied cookie stops working at once. */
export async function endStaffSession(sessionId: string, now = new Date()): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  const db = await getDb();
  const [ended] = await db
    .update(staffSessions)
    .set({ endedAt: now })
    .where(eq(staffSessions.id, sessionId))
    .returning({ staffId: staffSessions.staffId });
  if (ended)
    await recordAuditEvent({ type: 'staff_signed_out', meta: { staffId: ended.staffId } }, { now, db });
}
