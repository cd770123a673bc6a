import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { env } from '@/lib/env';
import { enforce, type LimitOutcome, type PolicyName } from './policies';

/**
 * Limits on where SMS and calls go (SMS pumping), applied after the per-target and per-client limits
 * passed, right before a code is issued for a phone: per destination prefix and country, then the
 * portal-wide hourly and daily budget. Email codes are not counted, so they keep working when the
 * phone budget is spent.
 */
export type PhoneLimitOutcome =
  | { ok: true }
  | { ok: false; reason: 'voiceUnsupported' }
  | { ok: false; reason: 'prefixLimited'; retryAfterSeconds: number }
  | { ok: false; reason: 'budgetExhausted'; retryAfterSeconds: number }
  /** The limits could not be checked (Redis down): nothing may be sent. */
  | { ok: false; reason: 'unavailable' };

/** Kavenegar's text-to-speech calls reach Iranian numbers only; anywhere else a call is refused. */
export function isVoiceSupported(target: string): boolean {
  return /^09\d{9}$/.test(target);
}

/**
 * The destination keys of a normalized number: an Iranian `09…` number by its operator prefix; a
 * foreign E.164 number by its country and by its country code plus the next three digits.
 */
export function destinationKeys(target: string): Array<{ policy: PolicyName; key: string }> {
  if (/^09\d{9}$/.test(target)) return [{ policy: 'phoneSendPerIranianPrefix', key: target.slice(0, 4) }];
  const parsed = parsePhoneNumberFromString(target);
  const code = parsed?.countryCallingCode ?? target.replace(/\D/g, '').slice(0, 3);
  const national = parsed?.nationalNumber ?? target.replace(/\D/g, '').slice(code.length);
  return [
    { policy: 'phoneSendPerCountry', key: `+${code}` },
    { policy: 'phoneSendPerForeignPrefix', key: `+${code}${national.slice(0, 3)}` },
  ];
}

/** One log line a minute at most while the budget is spent: enough to alert on, not a flood. */
let lastBudgetLog = 0;
function logBudgetExhausted(retryAfterSeconds: number): void {
  const now = Date.now();
  if (now - lastBudgetLog < 60_000) return;
  lastBudgetLog = now;
  const { SMS_BUDGET_HOURLY, SMS_BUDGET_DAILY } = env();
  console.error(
    `[sms-budget] EXHAUSTED: the SMS + voice budget (${SMS_BUDGET_HOURLY}/hour, ${SMS_BUDGET_DAILY}/day) is spent; ` +
      `phone codes are refused for about ${retryAfterSeconds} s, email codes still go out. ` +
      'Check for SMS pumping, or raise SMS_BUDGET_HOURLY / SMS_BUDGET_DAILY.',
  );
}

export async function enforcePhoneLimits(
  target: string,
  channel: 'sms' | 'voice',
  now: number = Date.now(),
): Promise<PhoneLimitOutcome> {
  if (channel === 'voice' && !isVoiceSupported(target)) return { ok: false, reason: 'voiceUnsupported' };
  const prefix: LimitOutcome = await enforce(destinationKeys(target), now);
  if (!prefix.ok && prefix.unavailable) return { ok: false, reason: 'unavailable' };
  if (!prefix.ok) return { ok: false, reason: 'prefixLimited', retryAfterSeconds: prefix.retryAfterSeconds };
  const budget = await enforce([{ policy: 'phoneSendBudget', key: 'portal' }], now);
  if (!budget.ok && budget.unavailable) return { ok: false, reason: 'unavailable' };
  if (!budget.ok) {
    logBudgetExhausted(budget.retryAfterSeconds);
    return { ok: false, reason: 'budgetExhausted', retryAfterSeconds: budget.retryAfterSeconds };
  }
  return { ok: true };
}
