import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { verifyHumanCheck } from '@/lib/captcha';
import { env } from '@/lib/env';
import { notify } from '@/lib/notify';
import { enforcePhoneLimits } from '@/lib/rate-limit/phone-limits';
import { enforce } from '@/lib/rate-limit/policies';
import { issueCode, secondsUntil } from '@/lib/verification/codes';
import { recoveryTarget } from '@/lib/accounts/recovery/recovery-target';

export type RequestResetResult =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: 'humanCheck' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Step 1 of recovery: a code to the account's verified mobile (SMS or call) or email. The answer is
 * the same for every login name, existing or not, and so is the work: an unknown name still issues
 * a code, to a placeholder target nobody receives.
 */
export async function requestPasswordReset(
  input: {
    identifier: string;
    channel: 'sms' | 'voice' | 'email';
    clientHash: string;
    locale: 'fa' | 'en';
    /** The human check's proof (the form's `altcha` field), spent by this request. */
    humanCheck: unknown;
  },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<RequestResetResult> {
  // Checked before the account is looked up, so the answer says nothing about it.
  if (!(await verifyHumanCheck(input.humanCheck, 'recovery', now)))
    return { ok: false, reason: 'humanCheck' };
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
  // The real address has its own ceiling too; over it nothing is sent, and nothing is issued to it
  // either: a new code would void the live one its owner may be typing right now. These refusals are
  // decided here, before the transaction; the same work is then done for the placeholder, so the
  // answer and its timing stay the same.
  const addressLimit = real
    ? await enforce([{ policy: 'otpSendPerTarget', key: `reset-password:${target}` }], now.getTime())
    : { ok: true };
  // SMS pumping: the destination's prefix and the portal's phone budget (email is not counted).
  const phoneLimit =
    real && addressLimit.ok && input.channel !== 'email'
      ? await enforcePhoneLimits(target, input.channel, now.getTime())
      : { ok: true };
  const sending = real && account !== null && addressLimit.ok && phoneLimit.ok;
  const codeTarget = sending ? target : `void:${subject}`;
  // The code, its message and the audit row commit together. The message is queued, not sent, so an
  // existing account costs the same time as an unknown one whatever the provider does.
  const run = async (tx: DbOrTx): Promise<RequestResetResult> => {
    const issued = await issueCode('reset-password', codeTarget, input.channel, now, tx);
    if (!issued.ok)
      return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(issued.liveUntil, now) };
    // An unknown name (or a refused send) queues the same message to the placeholder, suppressed: the
    // same rendering and writes, so the time taken reveals nothing.
    await notify(tx, {
      template: 'passwordResetCode',
      locale: input.locale,
      channel: input.channel,
      to: input.channel === 'email' ? { email: codeTarget } : { mobile: codeTarget },
      values: { minutes: ttlMinutes },
      code: { value: issued.code, purpose: 'reset-password' },
      suppress: !sending,
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
