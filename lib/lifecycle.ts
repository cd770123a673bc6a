/**
 * The process's lifecycle, shared between server.mjs (which owns the HTTP server and signals) and
 * the app (health routes, start-up in instrumentation.ts) through one object on globalThis: both run
 * in the same process, but not from the same module graph.
 */
interface Lifecycle {
  started: boolean;
  draining: boolean;
  stop?: () => Promise<void>;
}

const KEY = Symbol.for('student-affairs-portal.lifecycle');
const globalForLifecycle = globalThis as unknown as Record<symbol, Lifecycle | undefined>;

export function lifecycle(): Lifecycle {
  globalForLifecycle[KEY] ??= { started: false, draining: false };
  return globalForLifecycle[KEY];
}

export function markStarted(): void {
  lifecycle().started = true;
}

/** What the app must do before the process exits: stop its worker and timers, close its connections. */
export function setStopHook(stop: () => Promise<void>): void {
  lifecycle().stop = stop;
}
