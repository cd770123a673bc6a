import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { env } from '@/lib/env';
import { enforce } from '@/lib/rate-limit/policies';
import { notify } from '@/lib/notify';
import { issueCode, secondsUntil } from '@/lib/verification/codes';
import { recoveryTarget } from './recovery-target';

export type RequestResetResult =
  { ok: true; expiresAt: Date } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Step 1 of recovery: a code to the account's verified mobile (SMS or call) or email. The answer is
 * the same for every login name, existing or not, and so is the work: an unknown name still issues
 * a code, to a placeholder target nobody receives.
 */
export async function requestPasswordReset(
  input: { identifier: string; channel: 'sms' | 'voice' | 'email'; clientHash: string; locale: 'fa' | 'en' },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<RequestResetResult> {
  const handle = db ?? (await getDb());
  const { account, target, subject, real } = await recoveryTarget(handle, input.identifier, input.channel);
  // Keyed by what was typed, so the limits look the same whether or not the account exists.
  const limit = await enforce(
    [
      { policy: 'recoveryPerClient', key: input.clientHash },
      { policy: 'otpSendPerTarget', key: `reset:${subject}:${input.channel}` },
    ],
    now.getTime(),
  );
  if (!limit.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: limit.retryAfterSeconds };
  const ttlMinutes = Math.round(env().OTP_TTL_SECONDS / 60);
  // The real address has its own ceiling too (registration codes share it); over it, nothing is sent
  // but the answer stays the same.
  const addressLimit = real
    ? await enforce([{ policy: 'otpSendPerTarget', key: target }], now.getTime())
    : { ok: true };
  // The code, its message and the audit row commit together. The message is queued, not sent, so an
  // existing account costs the same time as an unknown one whatever the provider does (issue 8.5).
  const run = async (tx: DbOrTx): Promise<RequestResetResult> => {
    const issued = await issueCode('reset-password', target, input.channel, now, tx);
    if (!issued.ok)
      return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(issued.liveUntil, now) };
    // An unknown name (or an address over its ceiling) queues the same message to the placeholder,
    // suppressed: the same rendering and writes, so the time taken reveals nothing.
    const send = real && account !== null && addressLimit.ok;
    await notify(tx, {
      template: 'passwordResetCode',
      locale: input.locale,
      channel: input.channel,
      to: input.channel === 'email' ? { email: target } : { mobile: target },
      values: { minutes: ttlMinutes },
      code: { value: issued.code, purpose: 'reset-password' },
      suppress: !send,
    });
    await recordAuditEvent(
      {
        type: 'password_reset_requested',
        accountId: account?.id ?? null,
        clientHash: input.clientHash,
        meta: { channel: input.channel },
      },
      { now, db: tx },
    );
    return { ok: true, expiresAt: issued.expiresAt };
  };
  return db ? run(db) : (await getDb()).transaction(run);
}
