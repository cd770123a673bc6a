import { inArray } from 'drizzle-orm';
import { hashPassword } from '../lib/crypto/password';
import type { Db } from './client';
import { DEMO_SECRET_PREFIX } from './seed-data';
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

function idOf(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`seed: unknown slug "${slug}"`);
  return id;
}

/**
 * Inserts the seed content. Idempotent and safe to run at every start, from several instances at once:
 * every insert skips rows whose slug/username already exists, so edits made in the portal are kept.
 * The demo staff accounts (public passwords) only when asked for: development and tests, never
 * production (`prepareDatabase` decides from NODE_ENV).
 */
export async function seed(db: Db, { demoStaff = false }: { demoStaff?: boolean } = {}): Promise<void> {
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

  if (!demoStaff) return;
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
  for (const { demoPassword, demoTotpSecret, universitySlug, ...staff } of STAFF.filter(
    (s) => !taken.has(s.username),
  )) {
    await db
      .insert(staffUsers)
      .values({
        ...staff,
        passwordHash: await hashPassword(demoPassword),
        universityId: universitySlug ? idOf(universityIds, universitySlug) : null,
        // A public demo secret, marked as such: lib/staff/secret-box.ts refuses it in production.
        totpSecret: `${DEMO_SECRET_PREFIX}${demoTotpSecret}`,
        totpEnabledAt: new Date(),
      })
      .onConflictDoNothing({ target: staffUsers.username });
  }
}
