import 'server-only';
import { fieldErrorsFromIssues } from '@/lib/validation/result';
import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staffSessions, staffUsers, type StaffUser } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/crypto/password';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { enforce } from '@/lib/rate-limit/policies';
import { serverChecks } from '@/lib/validation/server-checks';
import { staffPasswordSchema } from './staff-password-schema';

export type ChangePasswordOutcome =
  | { ok: true; sessionVersion: number }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number };

/**
 * A signed-in staff member changes their own password: the current one first (limited like the
 * applicants' contact change), the new one by the shared policy. Every other session ends.
 */
export async function changeStaffPassword(
  staff: Pick<StaffUser, 'id' | 'passwordHash'>,
  input: { currentPassword: string; password: string; passwordConfirm: string },
  { now = new Date(), keepSessionId }: { now?: Date; keepSessionId?: string } = {},
): Promise<ChangePasswordOutcome> {
  const limit = await enforce(
    [{ policy: 'contactChangePerAccount', key: `staff:${staff.id}` }],
    now.getTime(),
  );
  if (!limit.ok) return { ok: false, reason: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
  const current = input.currentPassword.slice(0, 256);
  const parsed = staffPasswordSchema(serverChecks).safeParse(input);
  const fieldErrors: Record<string, string[]> = {};
  if (!current) fieldErrors.currentPassword = ['currentPasswordRequired'];
  else if (!staff.passwordHash || !(await verifyPassword(staff.passwordHash, current)))
    fieldErrors.currentPassword = ['currentPasswordWrong'];
  if (!parsed.success) Object.assign(fieldErrors, fieldErrorsFromIssues(parsed.error.issues));
  if (Object.keys(fieldErrors).length || !parsed.success)
    return { ok: false, reason: 'invalid', fieldErrors };

  const db = await getDb();
  const [row] = await db
    .update(staffUsers)
    .set({
      passwordHash: await hashPassword(parsed.data.password),
      passwordChangedAt: now,
      sessionVersion: sql`${staffUsers.sessionVersion} + 1`,
    })
    .where(eq(staffUsers.id, staff.id))
    .returning({ sessionVersion: staffUsers.sessionVersion });
  await db
    .update(staffSessions)
    .set({ endedAt: now })
    .where(
      and(
        eq(staffSessions.staffId, staff.id),
        keepSessionId ? ne(staffSessions.id, keepSessionId) : undefined,
      ),
    );
  await recordAuditEvent({ type: 'staff_password_changed', meta: { staffId: staff.id } }, { now, db });
  return { ok: true, sessionVersion: row.sessionVersion };
}
