import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { profiles } from '@/db/schema';
import { refused, type Outcome } from '@/lib/outcome';
import { educationSchema, personalSchema, stepNumber } from '@/lib/validation/profile';
import { profileFormValues } from '@/lib/accounts/profile/profile-form-values';
import { changeAccountStatus } from '@/lib/accounts/review/change-account-status';

/**
 * Sends the completed profile for the university's review (pre_registered or rejected →
 * profile_submitted). The saved steps are validated again: rules may have changed since a step was
 * saved, and a submit must never carry data the forms would refuse today.
 */
export async function submitProfile(
  accountId: string,
  now: Date = new Date(),
): Promise<Outcome<object, 'profileIncomplete' | 'profileLocked' | 'generic'>> {
  const db = await getDb();
  const [profile] = await db.select().from(profiles).where(eq(profiles.accountId, accountId)).limit(1);
  if (!profile || profile.completedStep < stepNumber('education')) return refused('profileIncomplete');
  const values = profileFormValues(profile);
  if (!personalSchema.safeParse(values).success || !educationSchema.safeParse(values).success) {
    return refused('profileIncomplete');
  }

  const result = await db.transaction(async (tx) => {
    const changed = await changeAccountStatus(accountId, 'submit', { now, db: tx });
    if (!changed.ok) return changed;
    await tx
      .update(profiles)
      .set({ submittedAt: now, completedStep: stepNumber('review'), updatedAt: now })
      .where(eq(profiles.accountId, accountId));
    return changed;
  });
  if (!result.ok) return refused(result.error === 'notFound' ? 'generic' : 'profileLocked');
  return { ok: true };
}
