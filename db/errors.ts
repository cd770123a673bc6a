/** PostgreSQL's SQLSTATE for a unique-index violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether an error is (or wraps) a unique-index violation. Drizzle wraps the driver's error in
 * `cause`, and a transaction may wrap it once more, so the chain is followed a few steps.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object' && (e as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    e = typeof e === 'object' ? (e as { cause?: unknown }).cause : undefined;
  }
  return false;
}
