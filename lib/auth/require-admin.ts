import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { StaffUser } from '@/db/schema';
import { getCurrentStaff } from './session';

/** Only administrators edit public content. Other staff roles (reviewers) are not told the page exists. */
export const isAdmin = (staff: StaffUser | null): staff is StaffUser => staff?.role === 'admin';

/**
 * The guard of every content-administration page: no staff session → the staff sign-in page; a staff
 * member who is not an administrator (or an applicant, who has no staff session) → 404.
 */
export async function requireAdmin(locale: string): Promise<StaffUser> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/${locale}/university/login`);
  if (!isAdmin(staff)) notFound();
  return staff;
}
