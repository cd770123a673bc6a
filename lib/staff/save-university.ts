import 'server-only';
import { fieldErrorsFromIssues } from '@/lib/validation/result';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { universities, type StaffUser } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { isUuid } from '@/lib/review/scope';
import { textField } from '@/lib/validation/profile-fields';
import { asText } from '@/lib/validation/text';

export const universitySchema = z.object({
  code: z.preprocess(
    asText,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'universityCodeInvalid'),
  ),
  nameFa: textField(2, 150, 'universityNameRequired', 'universityNameLength'),
  nameEn: textField(2, 150, 'universityNameRequired', 'universityNameLength'),
});

export type SaveUniversityOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: 'notFound' | 'codeTaken' }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> };

/**
 * Administrators add a university or rename one (its code stays: staff:create and stored profiles
 * refer to it), and deactivate or reactivate it. Universities are never deleted: profiles point at them.
 */
export async function saveUniversity(
  actor: Pick<StaffUser, 'id' | 'role'>,
  input: { id?: string; code?: string; nameFa: string; nameEn: string },
  now: Date = new Date(),
): Promise<SaveUniversityOutcome> {
  if (actor.role !== 'admin') return { ok: false, reason: 'notFound' };
  const db = await getDb();
  if (input.id) {
    if (!isUuid(input.id)) return { ok: false, reason: 'notFound' };
    const parsed = universitySchema.omit({ code: true }).safeParse(input);
    if (!parsed.success) return invalid(parsed.error.issues);
    const [row] = await db
      .update(universities)
      .set({ nameFa: parsed.data.nameFa, nameEn: parsed.data.nameEn })
      .where(eq(universities.id, input.id))
      .returning({ id: universities.id });
    if (!row) return { ok: false, reason: 'notFound' };
    await recordAuditEvent(
      { type: 'university_saved', meta: { universityId: row.id, actorId: actor.id } },
      { now, db },
    );
    return { ok: true, id: row.id };
  }
  const parsed = universitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const [row] = await db
    .insert(universities)
    .values({
      slug: parsed.data.code,
      nameFa: parsed.data.nameFa,
      nameEn: parsed.data.nameEn,
      cityFa: '',
      cityEn: '',
    })
    .onConflictDoNothing({ target: universities.slug })
    .returning({ id: universities.id });
  if (!row) return { ok: false, reason: 'codeTaken' };
  await recordAuditEvent(
    { type: 'university_saved', meta: { universityId: row.id, actorId: actor.id } },
    { now, db },
  );
  return { ok: true, id: row.id };
}

export async function setUniversityActive(
  actor: Pick<StaffUser, 'id' | 'role'>,
  universityId: string,
  active: boolean,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; reason: 'notFound' }> {
  if (actor.role !== 'admin' || !isUuid(universityId)) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const [row] = await db
    .update(universities)
    .set({ active })
    .where(eq(universities.id, universityId))
    .returning({ id: universities.id });
  if (!row) return { ok: false, reason: 'notFound' };
  await recordAuditEvent(
    { type: 'university_saved', meta: { universityId, actorId: actor.id, active } },
    { now, db },
  );
  return { ok: true };
}

function invalid(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): SaveUniversityOutcome {
  return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsFromIssues(issues) };
}
