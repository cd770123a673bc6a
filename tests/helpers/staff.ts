import { randomInt } from 'node:crypto';
import type { StaffUser } from '@/db/schema';
import { createStaff } from '@/lib/staff/create-staff';

/**
 * A real staff row (reviewer of a university by its code, or an administrator), as `staff:create`
 * makes it: what getCurrentStaff() returns for a signed-in staff session, minus the finished setup.
 */
export async function createStaffMember(role: 'reviewer' | 'admin', university?: string): Promise<StaffUser> {
  const username = `s${randomInt(1e9)}`;
  const created = await createStaff({ username, email: `${username}@example.com`, role, university });
  if (!created.ok) throw new Error(`createStaff: ${created.reason}`);
  return created.staff;
}
