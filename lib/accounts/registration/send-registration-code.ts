import 'server-only';
import { getDb } from '@/db/client';
import { verifyHumanCheck } from '@/lib/captcha';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { notify } from '@/lib/notify';
import { enforcePhoneLimits } from '@/lib/rate-limit/phone-limits';
import { enforce, type PolicyName } from '@/lib/rate-limit/policies';
import { activeCodeExpiry, issueCode, secondsUntil } from '@/lib/verification/codes';

export type RegistrationChannel = 'sms' | 'voice' | 'email';

export type SendCodeOutcome =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: 'humanCheck' }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number }
  /** The limits could not be checked (Redis down): nothing was sent, try again later. */
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'voiceUnsupported' }
  | { ok: false; reason: 'prefixLimited'; retryAfterSeconds: number }
  | { ok: false; reason: 'budgetExhausted'; retryAfterSeconds: number };

/**
 * Issues a registration code for a normalized mobile or email and queues its message. The human
 * check comes first (every code sent costs the sender a solved proof of work); then one live code
 * per target (the database refuses a second one while the first is valid, whatever the channel);
 * then the limits per target, per client address and (on fa) per national code, and for a phone the
 * destination limits and the portal-wide SMS budget — all before anything is issued. The code and its
 * message commit together; the worker sends it, and if the provider finally fails the code is voided
 * so the applicant can ask again (or switch channel) at once.
 */
export async function sendRegistrationCode(params: {
  channel: RegistrationChannel;
  /** Normalized: 09… / E.164 mobile, or a normalized email. */
  target: string;
  locale: Locale;
  /** Hashed client address. */
  clientKey: string;
  /** The human check's proof (the form's `altcha` field), spent by this request. */
  humanCheck: unknown;
  nationalCode?: string | null;
  /** The site's host name, for the WebOTP line of the SMS. */
  host: string;
  now?: Date;
}): Promise<SendCodeOutcome> {
  const { channel, target, locale, clientKey, nationalCode, host } = params;
  const now = params.now ?? new Date();
  const purpose = channel === 'email' ? 'register-email' : 'register-mobile';
  if (!(await verifyHumanCheck(params.humanCheck, 'register', now)))
    return { ok: false, reason: 'humanCheck' };
  // A live code is answered before the limits, so a repeated click costs none of the hourly budget.
  const live = await activeCodeExpiry(purpose, target, now);
  if (live) return { ok: false, reason: 'rateLimited', retryAfterSeconds: secondsUntil(live, now) };

  const checks: Array<{ policy: PolicyName; key: string }> = [
    { policy: 'otpSendPerTarget', key: `${purpose}:${target}` },
    { policy: 'otpSendPerClient', key: clientKey },
  ];
  if (nationalCode) checks.push({ policy: 'otpSendPerNationalCode', key: `nc:${nationalCode}` });
  const limit = await enforce(checks, now.getTime());
  if (!limit.ok)
    return limit.unavailable
      ? { ok: false, reason: 'unavailable' }
      : { ok: false, reason: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
  if (channel !== 'email') {
    const phone = await enforcePhoneLimits(target, channel, now.getTime());
    if (!phone.ok) return phone;
  }

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
