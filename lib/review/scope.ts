import type { StaffUser } from '@/db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Who sees what: an administrator sees every university; a reviewer only applicants whose profile names
 * their own university. Everything outside answers as if it did not exist (404), so ids reveal nothing.
 */
export function staffCanSee(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
  universityId: string | null | undefined,
): boolean {
  if (staff.role === 'admin') return true;
  return Boolean(staff.universityId && universityId && staff.universityId === universityId);
}

/** The university filter a query must apply for this staff member (null: all universities). */
export function universityScope(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
  requested?: string | null,
): { universityId: string | null } | null {
  if (staff.role === 'admin') return { universityId: isUuid(requested) ? requested : null };
  // A reviewer without a university sees nothing at all.
  return staff.universityId ? { universityId: staff.universityId } : null;
}
