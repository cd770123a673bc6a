import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { announcements, departments, examCalendar, faqs, news, services, universities } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';

/** Picks the column of the page's language from a bilingual row. */
export function pick<T extends Record<string, unknown>, K extends string>(
  row: T,
  field: K,
  locale: Locale,
): string {
  const key = `${field}${locale === 'fa' ? 'Fa' : 'En'}`;
  return String(row[key] ?? '');
}

export async function listNews(limit = 50) {
  const db = await getDb();
  return db.select().from(news).orderBy(desc(news.publishedAt)).limit(limit);
}

/** Slugs are ours (seeded, kebab-case); anything else (NUL bytes, 4 kB paths, traversal) is no news. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export async function getNews(slug: string) {
  if (!SLUG.test(slug)) return null;
  const db = await getDb();
  const rows = await db.select().from(news).where(eq(news.slug, slug)).limit(1);
  return rows[0] ?? null;
}

export async function listFaqs() {
  const db = await getDb();
  return db.select().from(faqs).orderBy(asc(faqs.position));
}

export async function listDepartmentsWithServices() {
  const db = await getDb();
  const [deps, svcs] = await Promise.all([
    db.select().from(departments).orderBy(asc(departments.position)),
    db.select().from(services).orderBy(asc(services.position)),
  ]);
  return deps.map((d) => ({ ...d, services: svcs.filter((s) => s.departmentId === d.id) }));
}

export async function listExamCalendar() {
  const db = await getDb();
  return db.select().from(examCalendar).orderBy(asc(examCalendar.examDate));
}

export async function listAnnouncements() {
  const db = await getDb();
  return db.select().from(announcements).orderBy(desc(announcements.publishedAt));
}

/** The universities an applicant may choose: the active ones (administrators manage the list). */
export async function listUniversities() {
  const db = await getDb();
  return db
    .select()
    .from(universities)
    .where(eq(universities.active, true))
    .orderBy(asc(universities.nameFa));
}
