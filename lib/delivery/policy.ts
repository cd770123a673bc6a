/**
 * Retry policy of the delivery queue (pure, so it is tested without a clock).
 * A code is useless after its lifetime, so code messages give up soon and give their limit back;
 * other messages (welcome, status changes) keep trying for about an hour.
 */
export const DELIVERY_CHANNEL = 'sa_delivery';

/** Upper bound of one provider call; the drivers set their own timeouts below it. */
export const PROVIDER_TIMEOUT_MS = 5_000;

export const CODE_MAX_ATTEMPTS = 3;
export const MESSAGE_MAX_ATTEMPTS = 8;

export function maxAttemptsFor(isCode: boolean): number {
  return isCode ? CODE_MAX_ATTEMPTS : MESSAGE_MAX_ATTEMPTS;
}

/** Milliseconds before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffMs(attempts: number, isCode: boolean): number {
  if (isCode) return attempts <= 1 ? 2_000 : 5_000;
  return Math.min(30 * 60_000, 5_000 * 3 ** Math.max(0, attempts - 1));
}
