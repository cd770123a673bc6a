import 'server-only';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
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

/*
 * Public reads: only rows an administrator published whose publish time has come. Drafts, unpublished
 * rows and scheduled rows (published, time still ahead) are never on a public page.
 */
const liveNews = () => and(eq(news.state, 'published'), lte(news.publishedAt, new Date()));
const liveFaqs = () => and(eq(faqs.state, 'published'), lte(faqs.publishAt, new Date()));
const liveExams = () => and(eq(examCalendar.state, 'published'), lte(examCalendar.publishAt, new Date()));
const liveAnnouncements = () =>
  and(eq(announcements.state, 'published'), lte(announcements.publishedAt, new Date()));

export async function listNews(limit = 50) {
  const db = await getDb();
  return db.select().from(news).where(liveNews()).orderBy(desc(news.publishedAt)).limit(limit);
}

/** Slugs are ours (seeded or checked by the editor form, kebab-case); anything else (NUL bytes, 4 kB paths, traversal) is no news. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export async function getNews(slug: string) {
  if (!SLUG.test(slug)) return null;
  const db = await getDb();
  const rows = await db
    .select()
    .from(news)
    .where(and(eq(news.slug, slug), liveNews()))
    .limit(1);
  return rows[0] ?? null;
}

export async function listFaqs() {
  const db = await getDb();
  return db.select().from(faqs).where(liveFaqs()).orderBy(asc(faqs.position));
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
  return db.select().from(examCalendar).where(liveExams()).orderBy(asc(examCalendar.examDate));
}

export async function listAnnouncements() {
  const db = await getDb();
  return db.select().from(announcements).where(liveAnnouncements()).orderBy(desc(announcements.publishedAt));
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
