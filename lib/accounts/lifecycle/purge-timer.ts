import 'server-only';
import { purgeIncomplete } from '@/lib/accounts/lifecycle/purge-incomplete';

const DAY_MS = 86_400_000;
// The first pass waits a minute so a fresh start serves requests before it does housekeeping.
const FIRST_RUN_MS = 60_000;

const globalForTimer = globalThis as unknown as { __saPurgeTimer?: NodeJS.Timeout };

/**
 * The in-process daily purge. Every instance may run it: purgeIncomplete is safe concurrently, so no
 * leader election is needed. Timers are unref'd so they never keep a process alive on shutdown.
 */
export function startPurgeTimer(intervalMs: number = DAY_MS): void {
  if (globalForTimer.__saPurgeTimer) return;
  const run = () => {
    purgeIncomplete(new Date()).catch((error: unknown) => {
      console.error('[purge] pass failed:', error instanceof Error ? error.message : 'unknown error');
    });
  };
  const first = setTimeout(run, Math.min(FIRST_RUN_MS, intervalMs));
  first.unref();
  globalForTimer.__saPurgeTimer = setInterval(run, intervalMs);
  globalForTimer.__saPurgeTimer.unref();
}

export function stopPurgeTimer(): void {
  if (globalForTimer.__saPurgeTimer) clearInterval(globalForTimer.__saPurgeTimer);
  globalForTimer.__saPurgeTimer = undefined;
}
