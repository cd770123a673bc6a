import { hash, type Algorithm } from '@node-rs/argon2';
import { inArray } from 'drizzle-orm';
import type { Db } from './client';
import {
  announcements,
  departments,
  examCalendar,
  faqs,
  news,
  services,
  staffUsers,
  universities,
} from './schema';
import {
  ANNOUNCEMENTS,
  DEPARTMENTS,
  EXAM_CALENDAR,
  FAQS,
  NEWS,
  SERVICES,
  STAFF,
  UNIVERSITIES,
} from './seed-data';

// `Algorithm` is an ambient const enum, which isolatedModules forbids reading as a value: its member is
// written as a literal checked against the enum type.
const ARGON2ID: Algorithm.Argon2id = 2;
// OWASP's minimum argon2id parameters (19 MiB, 2 passes, 1 lane): the same cost as applicant passwords.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

function idOf(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`seed: unknown slug "${slug}"`);
  return id;
}

/**
 * Inserts the seed content. Idempotent and safe to run at every start, from several instances at once:
 * every insert skips rows whose slug/username already exists, so edits made in the portal are kept.
 */
export async function seed(db: Db): Promise<void> {
  await db.insert(news).values(NEWS).onConflictDoNothing({ target: news.slug });
  await db.insert(faqs).values(FAQS).onConflictDoNothing({ target: faqs.slug });
  await db.insert(examCalendar).values(EXAM_CALENDAR).onConflictDoNothing({ target: examCalendar.slug });
  await db.insert(announcements).values(ANNOUNCEMENTS).onConflictDoNothing({ target: announcements.slug });
  await db.insert(departments).values(DEPARTMENTS).onConflictDoNothing({ target: departments.slug });
  await db.insert(universities).values(UNIVERSITIES).onConflictDoNothing({ target: universities.slug });

  const departmentIds = new Map(
    (await db.select({ slug: departments.slug, id: departments.id }).from(departments)).map((d) => [
      d.slug,
      d.id,
    ]),
  );
  const universityIds = new Map(
    (await db.select({ slug: universities.slug, id: universities.id }).from(universities)).map((u) => [
      u.slug,
      u.id,
    ]),
  );

  await db
    .insert(services)
    .values(
      SERVICES.map(({ departmentSlug, ...s }) => ({
        ...s,
        departmentId: idOf(departmentIds, departmentSlug),
      })),
    )
    .onConflictDoNothing({ target: services.slug });

  // Hashing costs ~19 MiB and tens of milliseconds per password: only do it for usernames not seeded yet.
  const existing = await db
    .select({ username: staffUsers.username })
    .from(staffUsers)
    .where(
      inArray(
        staffUsers.username,
        STAFF.map((s) => s.username),
      ),
    );
  const taken = new Set(existing.map((e) => e.username));
  for (const { demoPassword, universitySlug, ...staff } of STAFF.filter((s) => !taken.has(s.username))) {
    await db
      .insert(staffUsers)
      .values({
        ...staff,
        passwordHash: await hash(demoPassword, ARGON2_OPTIONS),
        universityId: universitySlug ? idOf(universityIds, universitySlug) : null,
      })
      .onConflictDoNothing({ target: staffUsers.username });
  }
}
