import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { profiles, universities } from '@/db/schema';
import { enforce } from '@/lib/rate-limit/policies';
import { fail, fieldErrorsFromIssues, ok, type ActionResult } from '@/lib/validation/result';
import { educationSchema, personalSchema, stepNumber } from '@/lib/validation/profile';
import { isProfileEditable } from '@/lib/accounts/lifecycle/account-status';
import { readAccountStatus } from '@/lib/accounts/queries';

export type EditableStep = 'personal' | 'education';

/**
 * Validates one step with the schema the browser used and saves it at once, so a reload or a lost
 * connection never costs the applicant more than the step in front of them. `completedStep` only
 * moves forward: re-saving step 1 after step 2 does not send the applicant back.
 */
export async function saveProfileStep(
  accountId: string,
  step: EditableStep,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<ActionResult<{ completedStep: number }>> {
  const db = await getDb();
  const accountStatus = await readAccountStatus(db, accountId);
  if (!accountStatus) return fail({}, { formError: 'generic' });
  if (!isProfileEditable(accountStatus)) return fail({}, { formError: 'profileLocked' });

  const limit = await enforce([{ policy: 'profileSavePerAccount', key: accountId }], now.getTime());
  if (!limit.ok)
    return fail({}, { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds } });

  let values: Partial<typeof profiles.$inferInsert>;
  if (step === 'personal') {
    const parsed = personalSchema.safeParse(input);
    if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));
    values = { ...parsed.data, landline: parsed.data.landline || null };
  } else {
    const parsed = educationSchema.safeParse(input);
    if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));
    if (parsed.data.universityId) {
      const [known] = await db
        .select({ id: universities.id })
        .from(universities)
        .where(and(eq(universities.id, parsed.data.universityId), eq(universities.active, true)))
        .limit(1);
      if (!known) return fail({ universityId: ['universityRequired'] });
    }
    values = parsed.data;
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
  return ok({ completedStep: saved.completedStep });
}
