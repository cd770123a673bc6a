import 'server-only';
import { fieldErrorsFromIssues } from '@/lib/validation/result';
import { and, eq, gt, isNotNull } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffRecoveryCodes, staffUsers, type StaffUser } from '@/db/schema';
import { hashPassword } from '@/lib/crypto/password';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { serverChecks } from '@/lib/validation/server-checks';
import { open, seal } from './secret-box';
import { staffPasswordSchema } from './staff-password-schema';
import { hashRecoveryCode, hashSetupToken, matchTotp, newRecoveryCodes, newTotpSecret } from './totp';

/** The account a live setup token belongs to (unknown, used and expired tokens all give null). */
export async function findStaffBySetupToken(
  token: string,
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<StaffUser | null> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const handle = db ?? (await getDb());
  const [staff] = await handle
    .select()
    .from(staffUsers)
    .where(and(eq(staffUsers.setupTokenHash, hashSetupToken(token)), gt(staffUsers.setupExpiresAt, now)))
    .limit(1);
  return staff && !staff.disabledAt ? staff : null;
}

export type SetPasswordOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: 'setupExpired' };

/**
 * Step 1 of the setup link: the person's own password, and a fresh TOTP secret to enroll. The token
 * stays live until the authenticator is confirmed, so a reload or a second try resumes.
 */
export async function setSetupPassword(
  input: { token: string; password: string; passwordConfirm: string },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<SetPasswordOutcome> {
  const handle = db ?? (await getDb());
  const staff = await findStaffBySetupToken(input.token, { now, db: handle });
  if (!staff) return { ok: false, reason: 'setupExpired' };
  const parsed = staffPasswordSchema(serverChecks).safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const [updated] = await handle
    .update(staffUsers)
    .set({ passwordHash, totpSecret: seal(newTotpSecret()), totpEnabledAt: null, passwordChangedAt: now })
    .where(and(eq(staffUsers.id, staff.id), eq(staffUsers.setupTokenHash, staff.setupTokenHash!)))
    .returning({ id: staffUsers.id });
  return updated ? { ok: true } : { ok: false, reason: 'setupExpired' };
}

/** The secret (base32) waiting to be confirmed for this setup, once the password step is done. */
export function pendingTotpSecret(staff: StaffUser): string | null {
  if (!staff.passwordHash || staff.totpEnabledAt) return null;
  return open(staff.totpSecret);
}

export type ConfirmEnrollmentOutcome =
  | { ok: true; recoveryCodes: string[]; staffId: string }
  | { ok: false; reason: 'setupExpired' | 'totpWrong' };

/**
 * Step 2: the first code from the authenticator proves the enrollment. One conditional UPDATE enables
 * the second factor, records the code's time step (so it cannot sign in again) and spends the setup
 * token; ten recovery codes are created and returned once, to be shown once.
 */
export async function confirmTotpEnrollment(
  input: { token: string; totp: string },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<ConfirmEnrollmentOutcome> {
  const handle = db ?? (await getDb());
  const staff = await findStaffBySetupToken(input.token, { now, db: handle });
  const secret = staff ? pendingTotpSecret(staff) : null;
  if (!staff || !secret) return { ok: false, reason: 'setupExpired' };
  const step = matchTotp(secret, input.totp, now);
  if (step === null) {
    await recordAuditEvent(
      { type: 'staff_totp_failure', meta: { staffId: staff.id, during: 'setup' } },
      { now, db: handle },
    );
    return { ok: false, reason: 'totpWrong' };
  }
  const codes = newRecoveryCodes();
  const done = await handle.transaction(async (tx) => {
    const [enabled] = await tx
      .update(staffUsers)
      .set({ totpEnabledAt: now, totpLastStep: step, setupTokenHash: null, setupExpiresAt: null })
      .where(
        and(
          eq(staffUsers.id, staff.id),
          eq(staffUsers.setupTokenHash, staff.setupTokenHash!),
          isNotNull(staffUsers.passwordHash),
        ),
      )
      .returning({ id: staffUsers.id });
    if (!enabled) return false;
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staff.id));
    await tx
      .insert(staffRecoveryCodes)
      .values(codes.map((c) => ({ staffId: staff.id, codeHash: hashRecoveryCode(c), createdAt: now })));
    await recordAuditEvent({ type: 'staff_setup_completed', meta: { staffId: staff.id } }, { now, db: tx });
    return true;
  });
  return done ? { ok: true, recoveryCodes: codes, staffId: staff.id } : { ok: false, reason: 'setupExpired' };
}
