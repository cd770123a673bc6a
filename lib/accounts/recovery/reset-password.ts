import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { notify } from '@/lib/notify';
import { enforce } from '@/lib/rate-limit/policies';
import { passwordContainsIdentifier } from '@/lib/validation/password';
import { checkCode, consumeCode } from '@/lib/verification/codes';
import { hashPassword } from '@/lib/crypto/password';
import { recoveryTarget } from '@/lib/accounts/recovery/recovery-target';

export type ResetPasswordResult =
  | { ok: true }
  | { ok: false; reason: 'invalidCode' | 'passwordContainsIdentifier' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Step 2 of recovery: the code and the new password (already checked against the policy by the
 * form's schema). Ends every session (sessionVersion + 1), records passwordChangedAt, tells the
 * applicant by email, and does not sign anyone in.
 */
export async function resetPassword(
  input: {
    identifier: string;
    channel: 'sms' | 'voice' | 'email';
    code: string;
    password: string;
    clientHash: string;
  },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<ResetPasswordResult> {
  const handle = db ?? (await getDb());
  const limit = await enforce([{ policy: 'recoveryPerClient', key: input.clientHash }], now.getTime());
  if (!limit.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: limit.retryAfterSeconds };
  const { account, target } = await recoveryTarget(handle, input.identifier, input.channel);
  const checked = await checkCode('reset-password', target, input.code, { now, consume: false, db: handle });
  if (checked !== 'ok' || !account) return { ok: false, reason: 'invalidCode' };
  if (
    passwordContainsIdentifier(input.password, [account.nationalCode, account.mobile, account.passportNumber])
  ) {
    return { ok: false, reason: 'passwordContainsIdentifier' };
  }
  const passwordHash = await hashPassword(input.password);
  const changed = await handle.transaction(async (tx) => {
    if (!(await consumeCode('reset-password', target, now, tx))) return false;
    await tx
      .update(accounts)
      .set({
        passwordHash,
        passwordChangedAt: now,
        sessionVersion: sql`${accounts.sessionVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(accounts.id, account.id));
    await recordAuditEvent(
      {
        type: 'password_reset',
        accountId: account.id,
        clientHash: input.clientHash,
        meta: { channel: input.channel },
      },
      { now, db: tx },
    );
    await notify(tx, { template: 'passwordChanged', locale: account.locale, to: { email: account.email } });
    return true;
  });
  if (!changed) return { ok: false, reason: 'invalidCode' };
  return { ok: true };
}
