import 'server-only';
import { toPersianDigits } from '@/lib/identity/digits';
import { getDb, type DbOrTx } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { sendEmail, sendSms, sendVoiceCode } from '@/lib/delivery';
import { env } from '@/lib/env';
import { enforce } from '@/lib/rate-limit/policies';
import { issueCode } from '@/lib/verification/codes';
import { recoveryTarget } from './recovery-target';

export type RequestResetResult =
  { ok: true; expiresAt: Date } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

function messageFor(locale: 'fa' | 'en', code: string, minutes: number) {
  return locale === 'fa'
    ? {
        subject: 'کد بازیابی رمز عبور سامانه امور دانشجویان',
        body: `کد بازیابی رمز عبور شما: ${code}\nاین کد تا ${toPersianDigits(minutes)} دقیقه معتبر است. اگر شما درخواست نکرده‌اید، این پیام را نادیده بگیرید.`,
      }
    : {
        subject: 'Student Affairs Portal password reset code',
        body: `Your password reset code: ${code}\nIt is valid for ${minutes} minutes. If you did not ask for it, ignore this message.`,
      };
}

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
  const { code, expiresAt } = await issueCode('reset-password', target, input.channel, now, handle);
  if (real && account && addressLimit.ok) {
    const { subject: title, body } = messageFor(input.locale, code, ttlMinutes);
    if (input.channel === 'sms') await sendSms(target, body, code);
    else if (input.channel === 'voice') await sendVoiceCode(target, body, code);
    else await sendEmail(target, title, body);
  }
  await recordAuditEvent(
    {
      type: 'password_reset_requested',
      accountId: account?.id ?? null,
      clientHash: input.clientHash,
      meta: { channel: input.channel },
    },
    { now, db: handle },
  );
  return { ok: true, expiresAt };
}
