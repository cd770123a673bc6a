const DAY_MS = 86_400_000;

/**
 * Whole days left before the completion deadline, rounded down (a deadline 30 hours away shows
 * "1 day": promising 2 would be the worse mistake); 0 once less than a day remains or it passed.
 */
export function daysLeft(deadline: Date, now: Date): number {
  const ms = deadline.getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.floor(ms / DAY_MS);
}
