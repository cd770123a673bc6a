import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, profiles, type StaffUser } from '@/db/schema';

export interface UniversityApplicant {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  status: (typeof accounts.$inferSelect)['status'];
  submittedAt: Date | null;
}

/**
 * The applicants a staff member may see: those whose profile names the staff member's university
 * (administrators, who belong to none, see every university's). At most 200, newest first.
 */
export async function listUniversityApplicants(
  staff: Pick<StaffUser, 'role' | 'universityId'>,
): Promise<UniversityApplicant[]> {
  const db = await getDb();
  const query = db
    .select({
      id: accounts.id,
      username: accounts.username,
      firstName: accounts.firstName,
      lastName: accounts.lastName,
      status: accounts.status,
      submittedAt: profiles.submittedAt,
    })
    .from(accounts)
    .innerJoin(profiles, eq(profiles.accountId, accounts.id))
    .orderBy(desc(profiles.submittedAt), desc(accounts.createdAt))
    .limit(200);
  if (staff.role === 'admin') return query;
  if (!staff.universityId) return [];
  return query.where(eq(profiles.universityId, staff.universityId));
}
