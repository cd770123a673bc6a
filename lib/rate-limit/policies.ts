import 'server-only';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { getLimiter, type LimitRule } from './limiter';

/**
 * Every limit of the portal, declared as data. A policy is a list of rules that must all pass:
 * short windows stop bursts, long ones stop slow drip attacks on SMS credit and on passwords.
 */
export function policies() {
  return {
    /**
     * Codes to one mobile or email: hourly and daily ceilings. One code per lifetime is enforced by the
     * database when the code is issued (lib/verification/codes.ts), where no window edge can let two through.
     */
    otpSendPerTarget: [
      { limit: 5, windowSeconds: 3600 },
      { limit: 10, windowSeconds: 86_400 },
    ],
    /** Codes requested from one client address, whatever the target (SMS pumping). */
    otpSendPerClient: [
      { limit: 20, windowSeconds: 3600 },
      { limit: 60, windowSeconds: 86_400 },
    ],
    /**
     * SMS and calls to one foreign country, and to one foreign prefix (the country code and the next
     * three digits): SMS pumping sends codes to premium ranges of one destination from many addresses.
     */
    phoneSendPerCountry: [
      { limit: 30, windowSeconds: 3600 },
      { limit: 100, windowSeconds: 86_400 },
    ],
    phoneSendPerForeignPrefix: [
      { limit: 10, windowSeconds: 3600 },
      { limit: 30, windowSeconds: 86_400 },
    ],
    /** SMS and calls to one Iranian operator prefix (09xx): the portal's own traffic, so generous. */
    phoneSendPerIranianPrefix: [
      { limit: 600, windowSeconds: 3600 },
      { limit: 5_000, windowSeconds: 86_400 },
    ],
    /** Every SMS and call the portal sends, together (SMS_BUDGET_HOURLY, SMS_BUDGET_DAILY). */
    phoneSendBudget: [
      { limit: env().SMS_BUDGET_HOURLY, windowSeconds: 3600 },
      { limit: env().SMS_BUDGET_DAILY, windowSeconds: 86_400 },
    ],
    /** Codes requested on behalf of one national code. */
    otpSendPerNationalCode: [{ limit: 10, windowSeconds: 86_400 }],
    /** Registration submits from one client address. */
    registerPerClient: [
      { limit: 20, windowSeconds: 600 },
      { limit: 100, windowSeconds: 86_400 },
    ],
    /** Password guesses against one account. */
    loginPerAccount: [
      { limit: 10, windowSeconds: 900 },
      { limit: 50, windowSeconds: 86_400 },
    ],
    /** Password guesses from one client address across accounts (spraying). */
    loginPerClient: [
      { limit: 30, windowSeconds: 900 },
      { limit: 300, windowSeconds: 86_400 },
    ],
    /** Recovery and forgotten-username requests from one client address. */
    recoveryPerClient: [
      { limit: 10, windowSeconds: 900 },
      { limit: 50, windowSeconds: 86_400 },
    ],
    /**
     * Human-check challenges from one client address: cheap to make and worthless without the work,
     * so the ceiling only stops floods; a university NAT serves many students.
     */
    humanCheckPerClient: [{ limit: 300, windowSeconds: 600 }],
    /** Profile saves by one account (each save is a write; a person needs a handful). */
    profileSavePerAccount: [{ limit: 60, windowSeconds: 3600 }],
    /** Service requests filed by one account: enough for real use, not for filling the review queue. */
    requestFilePerAccount: [
      { limit: 5, windowSeconds: 3600 },
      { limit: 20, windowSeconds: 86_400 },
    ],
    /** Document uploads by one account (each is up to 5 MB of storage and an image re-encode). */
    documentUploadPerAccount: [
      { limit: 30, windowSeconds: 3600 },
      { limit: 100, windowSeconds: 86_400 },
    ],
    /** Support tickets and replies by one account. */
    ticketPostPerAccount: [
      { limit: 20, windowSeconds: 3600 },
      { limit: 60, windowSeconds: 86_400 },
    ],
    /** Current-password checks when changing the mobile or email (a password-guessing surface). */
    contactChangePerAccount: [
      { limit: 10, windowSeconds: 900 },
      { limit: 30, windowSeconds: 86_400 },
    ],
  } satisfies Record<string, LimitRule[]>;
}

export type PolicyName = keyof ReturnType<typeof policies>;

/**
 * The stored key of a policy's subject: a keyed hash, computed here for every caller, so no mobile,
 * email, national code or address can reach Redis (or the memory map) in clear, whatever is passed.
 */
export function storedLimitKey(policy: PolicyName, subject: string): string {
  const digest = keyedHash(['limit', policy, subject], { length: 22 });
  return `${policy}:${digest}`;
}

/**
 * What each policy does when the shared store (Redis) does not answer in time (decision 0004):
 * - refuse: SMS/call money or guessing is at stake and nothing else holds the line (every send
 *   limit, the country and prefix limits and the portal-wide SMS budget);
 * - allow: a database-backed defence still holds (sign-in's audit-log throttle and human check, the
 *   5-try cap of every code, spent human-check proofs stored in the database), or the caller is a
 *   signed-in applicant doing ordinary work.
 */
export const onStoreFailure: Record<PolicyName, 'refuse' | 'allow'> = {
  otpSendPerTarget: 'refuse',
  otpSendPerClient: 'refuse',
  phoneSendPerCountry: 'refuse',
  phoneSendPerForeignPrefix: 'refuse',
  phoneSendPerIranianPrefix: 'refuse',
  phoneSendBudget: 'refuse',
  otpSendPerNationalCode: 'refuse',
  recoveryPerClient: 'refuse',
  contactChangePerAccount: 'refuse',
  registerPerClient: 'allow',
  loginPerAccount: 'allow',
  loginPerClient: 'allow',
  humanCheckPerClient: 'allow',
  profileSavePerAccount: 'allow',
  requestFilePerAccount: 'allow',
  ticketPostPerAccount: 'allow',
  // A signed-in applicant's ordinary work; the 5 MB cap per file holds without the store.
  documentUploadPerAccount: 'allow',
};

/** How long a refusal for an unavailable store asks the user to wait. */
export const STORE_UNAVAILABLE_RETRY_SECONDS = 60;

export type LimitOutcome =
  | { ok: true }
  /** `unavailable`: refused because the limits could not be checked (not because they were reached). */
  | { ok: false; retryAfterSeconds: number; unavailable?: true };

/** Checks every rule of every named policy for its key; the answer carries the longest wait. */
export async function enforce(
  checks: Array<{ policy: PolicyName; key: string }>,
  now?: number,
): Promise<LimitOutcome> {
  const limiter = await getLimiter();
  const all = policies();
  let waitMs = 0;
  const at = now ?? Date.now();
  for (const { policy, key } of checks) {
    for (const rule of all[policy]) {
      let result;
      try {
        result = await limiter.limit(storedLimitKey(policy, key), rule, now);
      } catch (error) {
        log().warn({
          event: 'limits.store_unavailable',
          policy,
          action: onStoreFailure[policy],
          error: (error as Error)?.name ?? 'unknown',
        });
        if (onStoreFailure[policy] === 'refuse')
          return { ok: false, retryAfterSeconds: STORE_UNAVAILABLE_RETRY_SECONDS, unavailable: true };
        break;
      }
      if (!result.success) waitMs = Math.max(waitMs, result.reset - at);
    }
  }
  return waitMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { ok: true };
}

/** Clears a policy's counters for a key (e.g. the per-account login counter after a successful sign-in). */
export async function resetPolicy(policy: PolicyName, key: string): Promise<void> {
  const limiter = await getLimiter();
  try {
    for (const rule of policies()[policy]) await limiter.reset(storedLimitKey(policy, key), rule);
  } catch (error) {
    // A reset that cannot reach the store leaves the counters to expire on their own.
    log().warn({ event: 'limits.reset_failed', policy, error: (error as Error)?.name ?? 'unknown' });
  }
}
