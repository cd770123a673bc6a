import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { announcements, examCalendar, faqs, news, services } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { refused, type Outcome } from '@/lib/outcome';
import {
  type ContentInput,
  type ContentKind,
  type ContentState,
  tehranInstant,
} from '@/lib/validation/content';
import { contentStatus, type ContentStatus } from './status';
import { isUniqueViolation } from '@/db/errors';

/**
 * Content administration (admin staff only; the caller checks the role). One row per save, one audit
 * event per save (ids only), and the caller invalidates the public pages' cache afterwards.
 */

export interface EditorRow {
  id: string;
  slug: string;
  titleFa: string;
  titleEn: string;
  status: ContentStatus | null;
  publishAt: Date | null;
  updatedAt: Date;
  /** The public path without the locale, e.g. /news/tuition-2026. */
  publicPath: string;
}

export function publicPathOf(kind: ContentKind, slug: string): string {
  switch (kind) {
    case 'news':
      return `/news/${slug}`;
    case 'announcements':
      return `/announcements#${slug}`;
    case 'faq':
      return `/faq#${slug}`;
    case 'exams':
      return `/exam-calendar#${slug}`;
    case 'services':
      return `/services#${slug}`;
  }
}

/** Every row of a kind with what an editor needs to see: title in both languages, status, where it shows. */
export async function listForEditors(kind: ContentKind, now = new Date()): Promise<EditorRow[]> {
  const db = await getDb();
  const view = (
    r: { id: string; slug: string; updatedAt: Date },
    fa: string,
    en: string,
    pub?: { state: ContentState; publishAt: Date },
  ): EditorRow => ({
    id: r.id,
    slug: r.slug,
    titleFa: fa,
    titleEn: en,
    status: pub ? contentStatus(pub, now) : null,
    publishAt: pub?.publishAt ?? null,
    updatedAt: r.updatedAt,
    publicPath: publicPathOf(kind, r.slug),
  });
  switch (kind) {
    case 'news':
      return (await db.select().from(news).orderBy(desc(news.publishedAt))).map((r) =>
        view(r, r.titleFa, r.titleEn, { state: r.state, publishAt: r.publishedAt }),
      );
    case 'announcements':
      return (await db.select().from(announcements).orderBy(desc(announcements.publishedAt))).map((r) =>
        view(r, r.titleFa, r.titleEn, { state: r.state, publishAt: r.publishedAt }),
      );
    case 'faq':
      return (await db.select().from(faqs).orderBy(asc(faqs.position))).map((r) =>
        view(r, r.questionFa, r.questionEn, { state: r.state, publishAt: r.publishAt }),
      );
    case 'exams':
      return (await db.select().from(examCalendar).orderBy(asc(examCalendar.examDate))).map((r) =>
        view(r, r.examFa, r.examEn, { state: r.state, publishAt: r.publishAt }),
      );
    case 'services':
      return (await db.select().from(services).orderBy(asc(services.position))).map((r) =>
        view(r, r.nameFa, r.nameEn),
      );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stored row as the editor form's field values (strings), or null. */
export async function getForEditor(
  kind: ContentKind,
  id: string,
): Promise<{ row: Record<string, unknown>; publishAt: Date | null; slug: string } | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const table = TABLES[kind];
  const [row] = (await db.select().from(table).where(eq(table.id, id)).limit(1)) as Record<string, unknown>[];
  if (!row) return null;
  const publishAt = (row.publishAt ?? row.publishedAt ?? null) as Date | null;
  return { row, publishAt, slug: String(row.slug) };
}

const TABLES = { news, announcements, faq: faqs, exams: examCalendar, services } as const;

function columnsOf(kind: ContentKind, v: Record<string, string>): Record<string, unknown> {
  const publishAt = v.publishDate ? tehranInstant(v.publishDate, v.publishTime) : undefined;
  switch (kind) {
    case 'news':
    case 'announcements':
      return {
        titleFa: v.titleFa,
        titleEn: v.titleEn,
        bodyFa: v.bodyFa,
        bodyEn: v.bodyEn,
        state: v.state,
        publishedAt: publishAt,
      };
    case 'faq':
      return {
        questionFa: v.questionFa,
        questionEn: v.questionEn,
        answerFa: v.answerFa,
        answerEn: v.answerEn,
        position: Number(v.position),
        state: v.state,
        publishAt,
      };
    case 'exams':
      return {
        examFa: v.examFa,
        examEn: v.examEn,
        locationFa: v.locationFa,
        locationEn: v.locationEn,
        examDate: v.examDate,
        registrationDeadline: v.registrationDeadline,
        state: v.state,
        publishAt,
      };
    case 'services':
      return {
        nameFa: v.nameFa,
        nameEn: v.nameEn,
        descriptionFa: v.descriptionFa,
        descriptionEn: v.descriptionEn,
        eligibilityFa: v.eligibilityFa || null,
        eligibilityEn: v.eligibilityEn || null,
        deadline: v.deadline || null,
      };
  }
}

/**
 * Creates (id null) or updates a row and appends `content_created` / `content_updated` to audit_events
 * with the staff id, the kind, the row id and the resulting state: ids only, no text. `data` is the
 * editor's form parsed with `contentSchema(kind, { isNew: id === null })`.
 */
export async function saveContent(
  { staffId, kind, id, data }: { staffId: string; kind: ContentKind; id: string | null; data: ContentInput },
  { now = new Date() }: { now?: Date } = {},
): Promise<Outcome<{ id: string; slug: string }, 'contentNotFound' | 'contentSlugTaken'>> {
  if (kind === 'services' && id === null) return refused('contentNotFound');
  if (id !== null && !UUID.test(id)) return refused('contentNotFound');
  const table = TABLES[kind];
  const columns = { ...columnsOf(kind, data), updatedAt: now };
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      let saved: { id: string; slug: string } | undefined;
      if (id === null) {
        [saved] = (await tx
          .insert(table)
          .values({ ...columns, slug: data.slug } as never)
          .returning({ id: table.id, slug: table.slug })) as { id: string; slug: string }[];
      } else {
        [saved] = (await tx
          .update(table)
          .set(columns as never)
          .where(eq(table.id, id))
          .returning({ id: table.id, slug: table.slug })) as { id: string; slug: string }[];
      }
      if (!saved) return refused('contentNotFound');
      await recordAuditEvent(
        {
          type: id === null ? 'content_created' : 'content_updated',
          meta: { staffId, kind, contentId: saved.id, ...(data.state ? { state: data.state } : {}) },
        },
        { now, db: tx },
      );
      return { ok: true as const, ...saved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused('contentSlugTaken', 'slug');
    throw error;
  }
}
