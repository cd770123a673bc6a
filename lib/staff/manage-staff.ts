import 'server-only';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staffSessions, staffUsers, universities, type StaffUser } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { isUuid } from '@/lib/review/scope';

/** Every staff account with its university, for the administrators' page (no hashes, no secrets). */
export async function listStaff() {
  const db = await getDb();
  return db
    .select({
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      email: staffUsers.email,
      role: staffUsers.role,
      universityNameFa: universities.nameFa,
      universityNameEn: universities.nameEn,
      totpEnabledAt: staffUsers.totpEnabledAt,
      setupExpiresAt: staffUsers.setupExpiresAt,
      disabledAt: staffUsers.disabledAt,
    })
    .from(staffUsers)
    .leftJoin(universities, eq(universities.id, staffUsers.universityId))
    .orderBy(asc(staffUsers.username));
}

export type ManageOutcome = { ok: true } | { ok: false; reason: 'notFound' | 'self' };

/**
 * Disables (or re-enables) a staff account. Disabling ends its sessions at once (session version and
 * server-side sessions); an administrator cannot disable themselves (someone must be left to undo it).
 */
export async function setStaffDisabled(
  actor: Pick<StaffUser, 'id' | 'role'>,
  staffId: string,
  disabled: boolean,
  now: Date = new Date(),
): Promise<ManageOutcome> {
  if (actor.role !== 'admin' || !isUuid(staffId)) return { ok: false, reason: 'notFound' };
  if (staffId === actor.id) return { ok: false, reason: 'self' };
  const db = await getDb();
  const [row] = await db
    .update(staffUsers)
    .set(
      disabled
        ? { disabledAt: now, sessionVersion: sql`${staffUsers.sessionVersion} + 1` }
        : { disabledAt: null },
    )
    .where(eq(staffUsers.id, staffId))
    .returning({ id: staffUsers.id });
  if (!row) return { ok: false, reason: 'notFound' };
  if (disabled)
    await db
      .update(staffSessions)
      .set({ endedAt: now })
      .where(and(eq(staffSessions.staffId, staffId), isNull(staffSessions.endedAt)));
  await recordAuditEvent(
    { type: disabled ? 'staff_disabled' : 'staff_enabled', meta: { staffId, actorId: actor.id } },
    { now, db },
  );
  return { ok: true };
}

/** Whether another enabled administrator exists (the last one cannot lose their second factor by mistake). */
export async function otherAdminsExist(staffId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staffUsers)
    .where(and(eq(staffUsers.role, 'admin'), ne(staffUsers.id, staffId), isNull(staffUsers.disabledAt)));
  return Number(row?.n ?? 0) > 0;
}
