import 'server-only';
import { createHmac } from 'node:crypto';
import { getDb } from '@/db/client';
import { authSecret, env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { notify } from '@/lib/notify';
import { enforce, type PolicyName } from '@/lib/rate-limit/policies';
import { activeCodeExpiry, issueCode, secondsUntil } from '@/lib/verification/codes';

export type RegistrationChannel = 'sms' | 'voice' | 'email';

export type SendCodeOutcome =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number }
  /** The limits could not be checked (Redis down): nothing was sent, try again later. */
  | { ok: false; reason: 'unavailable' };

/** Limit keys hold no mobile, email or national code in clear (Redis is not the place for them). */
function limitKey(kind: string, value: string): string {
  return createHmac('sha256', authSecret())
    .update(`limit\u0000${kind}\u0000${value}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * Issues a registration code for a normalized mobile or email and queues its message. One live code
 * per target (the database refuses a second one while the first is valid, whatever the channel);
 * limits apply per target, per client address and (on fa) per national code, before anything is
 * issued. The code and its message commit together; the worker sends it, and if the provider finally
 * fails the code is voided so the applicant can ask again (or switch channel) at once.
 */
export async function sendRegistrationCode(params: {
  channel: RegistrationChannel;
  /** Normalized: 09… / E.164 mobile, or a normalized email. */
  target: string;
  locale: Locale;
  /** Hashed client address. */
  clientKey: string;
  nationalCode?: string | null;
  /** The site's host name, for the WebOTP line of the SMS. */
  host: string;
  now?: Date;
}): Promise<SendCodeOutcome> {
  const { channel, target, locale, clientKey, nationalCode, host } = params;
  const now = params.now ?? new Date();
  const purpose = channel === 'email' ? 'register-email' : 'register-mobile';
  // A live code is answered before the limits, so a repeated click costs none of the hourly budget.
  const live = await activeCodeExpiry(purpose, target, now);
  if (live) return { ok: false, reason: 'rateLimited', retryAfterSeconds: secondsUntil(live, now) };

  const checks: Array<{ policy: PolicyName; key: string }> = [
    { policy: 'otpSendPerTarget', key: limitKey(purpose, target) },
    { policy: 'otpSendPerClient', key: clientKey },
  ];
  if (nationalCode) checks.push({ policy: 'otpSendPerNationalCode', key: limitKey('nc', nationalCode) });
  const limit = await enforce(checks, now.getTime());
  if (!limit.ok)
    return limit.unavailable
      ? { ok: false, reason: 'unavailable' }
      : { ok: false, reason: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };

  const db = await getDb();
  const issued = await db.transaction(async (tx) => {
    const code = await issueCode(purpose, target, channel, now, tx);
    if (!code.ok) return code;
    await notify(tx, {
      template: 'registrationCode',
      locale,
      channel,
      to: channel === 'email' ? { email: target } : { mobile: target },
      values: { host, minutes: Math.max(1, Math.round(env().OTP_TTL_SECONDS / 60)) },
      code: { value: code.code, purpose },
    });
    return code;
  });
  if (!issued.ok)
    return { ok: false, reason: 'rateLimited', retryAfterSeconds: secondsUntil(issued.liveUntil, now) };
  return { ok: true, expiresAt: issued.expiresAt };
}
