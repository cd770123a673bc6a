import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { profiles, universities } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { refused, waitFor, type Outcome } from '@/lib/outcome';
import { stepNumber, type EducationInput, type PersonalInput } from '@/lib/validation/profile';
import { isProfileEditable } from '@/lib/accounts/lifecycle/account-status';
import { readAccountStatus } from '@/lib/accounts/queries';

export type EditableStep = 'personal' | 'education';
type StepInput = { personal: PersonalInput; education: EducationInput };

/**
 * Saves one step (validated by the action with the schema the browser used) at once, so a reload or a lost
 * connection never costs the applicant more than the step in front of them. `completedStep` only
 * moves forward: re-saving step 1 after step 2 does not send the applicant back.
 */
export async function saveProfileStep<S extends EditableStep>(
  accountId: string,
  step: S,
  input: StepInput[S],
  now: Date = new Date(),
): Promise<
  Outcome<{ completedStep: number }, 'generic' | 'profileLocked' | 'rateLimited' | 'universityRequired'>
> {
  const db = await getDb();
  const accountStatus = await readAccountStatus(db, accountId);
  if (!accountStatus) return refused('generic');
  if (!isProfileEditable(accountStatus)) return refused('profileLocked');

  const limit = await enforce([{ policy: 'profileSavePerAccount', key: accountId }], now.getTime());
  if (!limit.ok) return waitFor('rateLimited', limit.retryAfterSeconds);

  let values: Partial<typeof profiles.$inferInsert>;
  if (step === 'personal') {
    const personal = input as PersonalInput;
    values = { ...personal, landline: personal.landline || null };
  } else {
    const education = input as EducationInput;
    if (education.universityId) {
      const [known] = await db
        .select({ id: universities.id })
        .from(universities)
        .where(and(eq(universities.id, education.universityId), eq(universities.active, true)))
        .limit(1);
      if (!known) return refused('universityRequired', 'universityId');
    }
    values = education;
  }

  const completed = stepNumber(step);
  const [saved] = await db
    .insert(profiles)
    .values({ accountId, ...values, completedStep: completed, updatedAt: now })
    .onConflictDoUpdate({
      target: profiles.accountId,
      set: {
        ...values,
        completedStep: sql`greatest(${profiles.completedStep}, ${completed})`,
        updatedAt: now,
      },
    })
    .returning({ completedStep: profiles.completedStep });
  return { ok: true, completedStep: saved.completedStep };
}
