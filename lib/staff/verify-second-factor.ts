import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffRecoveryCodes, staffUsers, type StaffUser } from '@/db/schema';
import { open } from './secret-box';
import { canonicalRecoveryCode, hashRecoveryCode, matchTotp } from './totp';

export type SecondFactorOutcome =
  { ok: true; method: 'totp' | 'recovery' } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * The second factor of a staff sign-in: a 6-digit TOTP code or one of the recovery codes. Each is
 * accepted once: the TOTP time step is claimed with `UPDATE … WHERE totp_last_step < step` (so a code
 * seen over a shoulder or replayed within its 30-second window is refused, even by two requests at the
 * same moment), a recovery code with `UPDATE … WHERE used_at IS NULL`.
 */
export async function verifySecondFactor(
  staff: Pick<StaffUser, 'id' | 'totpSecret' | 'totpEnabledAt'>,
  code: string,
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<SecondFactorOutcome> {
  const handle = db ?? (await getDb());
  const secret = staff.totpEnabledAt ? open(staff.totpSecret) : null;
  if (!secret) return { ok: false, reason: 'wrong' };
  const step = matchTotp(secret, code, now);
  if (step !== null) {
    const [claimed] = await handle
      .update(staffUsers)
      .set({ totpLastStep: step })
      .where(
        and(
          eq(staffUsers.id, staff.id),
          or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step)),
        ),
      )
      .returning({ id: staffUsers.id });
    return claimed ? { ok: true, method: 'totp' } : { ok: false, reason: 'replayed' };
  }
  const canonical = canonicalRecoveryCode(code);
  if (!/^[A-Z0-9]{10}$/.test(canonical)) return { ok: false, reason: 'wrong' };
  const [used] = await handle
    .update(staffRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(staffRecoveryCodes.staffId, staff.id),
        eq(staffRecoveryCodes.codeHash, hashRecoveryCode(canonical)),
        isNull(staffRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: staffRecoveryCodes.id });
  return used ? { ok: true, method: 'recovery' } : { ok: false, reason: 'wrong' };
}
