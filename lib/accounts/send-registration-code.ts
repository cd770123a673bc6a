import 'server-only';
import { env } from '@/lib/env';
import { verifyHumanCheck } from '@/lib/captcha';
import { sendEmail, sendSms, sendVoiceCode } from '@/lib/delivery';
import type { Locale } from '@/lib/i18n/routing';
import { enforcePhoneLimits } from '@/lib/rate-limit/phone-limits';
import { enforce, type PolicyName } from '@/lib/rate-limit/policies';
import { issueCode } from '@/lib/verification/codes';
import { codeEmail, codeSms, codeVoice } from './registration-messages';

export type RegistrationChannel = 'sms' | 'voice' | 'email';

export type SendCodeOutcome =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: 'humanCheck' }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number }
  | { ok: false; reason: 'voiceUnsupported' }
  | { ok: false; reason: 'prefixLimited'; retryAfterSeconds: number }
  | { ok: false; reason: 'budgetExhausted'; retryAfterSeconds: number }
  | { ok: false; reason: 'deliveryFailed' };

/**
 * Issues a registration code for a normalized mobile or email and delivers it. The human check comes
 * first (every code sent costs the sender a solved proof of work), then the limits per target, per
 * client address and (on fa) per national code, before anything is issued or sent.
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
  const checks: Array<{ policy: PolicyName; key: string }> = [
    { policy: 'otpSendPerTarget', key: `${purpose}:${target}` },
    { policy: 'otpSendPerClient', key: clientKey },
  ];
  if (nationalCode) checks.push({ policy: 'otpSendPerNationalCode', key: `nc:${nationalCode}` });
  const limit = await enforce(checks, now.getTime());
  if (!limit.ok) return { ok: false, reason: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
  if (channel !== 'email') {
    const phone = await enforcePhoneLimits(target, channel, now.getTime());
    if (!phone.ok) return phone;
  }

  const { code, expiresAt } = await issueCode(purpose, target, channel, now);
  const result =
    channel === 'sms'
      ? await sendSms(target, codeSms(locale, code, host), code)
      : channel === 'voice'
        ? await sendVoiceCode(target, codeVoice(locale, code), code)
        : await (async () => {
            const mail = codeEmail(locale, code, Math.max(1, Math.round(env().OTP_TTL_SECONDS / 60)));
            return sendEmail(target, mail.subject, mail.body);
          })();
  if (!result.ok) return { ok: false, reason: 'deliveryFailed' };
  return { ok: true, expiresAt };
}
