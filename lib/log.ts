import 'server-only';
import pino from 'pino';

/**
 * The server's structured log: JSON lines on stdout. Callers log ids, names, outcomes and durations,
 * never a mobile, an email, a national code, a code or a body (those are personal data or secrets).
 * LOG_LEVEL overrides the level (tests are silent unless asked).
 */
const globalForLog = globalThis as unknown as { __saLog?: pino.Logger };

export function log(): pino.Logger {
  if (!globalForLog.__saLog) {
    globalForLog.__saLog = pino({
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
      base: { service: 'portal' },
      timestamp: pino.stdTimeFunctions.isoTime,
    });
  }
  return globalForLog.__saLog;
}
