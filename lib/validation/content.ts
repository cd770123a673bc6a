import { z } from 'zod';
import { localizeDigits, normalizeDigits } from '@/lib/formats/digits';
import { fromJalali, parseJalaliDate, toJalali } from '@/lib/formats/jalali';
import { cleanText } from './profile-fields';
import { asText } from './text';

/**
 * The content editor's form (admin staff, /{locale}/university/content). Pure, so the browser runs the
 * same schema as the server action; every message is a key of the `errors` namespace.
 *
 * Dates are typed in the page's calendar: Jalali on fa («۱۴۰۵/۰۹/۱۵», Persian digits allowed),
 * Gregorian on en (2026-12-06); the form shows Persian digits on fa. A year from 1900 on is read as Gregorian, below as Jalali, so either
 * form works on either page. Times are Tehran clock times (HH:MM).
 */
export const CONTENT_KINDS = ['news', 'announcements', 'faq', 'exams', 'services'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const isContentKind = (v: unknown): v is ContentKind =>
  typeof v === 'string' && (CONTENT_KINDS as readonly string[]).includes(v);

/** Kinds an editor can create, schedule and unpublish; services are only re-worded here. */
export const PUBLISHABLE_KINDS: readonly ContentKind[] = ['news', 'announcements', 'faq', 'exams'];

export const CONTENT_STATES = ['draft', 'published', 'unpublished'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** Markdown bodies; two of them (fa + en) must fit the 64 kB server-action cap in Persian (2 bytes a letter). */
export const MAX_BODY = 10_000;

const TEHRAN_OFFSET_MS = 3.5 * 60 * 60 * 1000;

const line = (min: number, max: number) =>
  z.preprocess(
    (v) => cleanText(asText(v)),
    z
      .string()
      .min(1, { error: 'contentRequired', abort: true })
      .min(min, 'contentLength')
      .max(max, 'contentLength'),
  );

/** Markdown keeps its line structure (indented lists, code); only keyboard and bidi noise is cleaned. */
const markdown = () =>
  z.preprocess(
    (v) =>
      asText(v)
        .replace(/\r\n?/g, '\n')
        .replace(/\u064A/g, '\u06CC')
        .replace(/\u0643/g, '\u06A9')
        .replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g,
          '',
        )
        .trim(),
    z.string().min(1, { error: 'contentRequired', abort: true }).max(MAX_BODY, 'contentLength'),
  );

/** An optional Markdown text (a service's eligibility): empty stays empty, anything else as markdown(). */
const optionalMarkdown = () =>
  z.preprocess((v) => (asText(v).trim() === '' ? '' : v), z.union([z.literal(''), markdown()]));

/** «۱۴۰۵/۰۹/۱۵» or 2026-12-06 → '2026-12-06', or null. */
export function parseContentDate(raw: unknown): string | null {
  const text = normalizeDigits(asText(raw)).trim();
  const m = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y >= 1900) {
    const date = new Date(Date.UTC(y, mo - 1, d));
    const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    return valid && y <= 2200 ? date.toISOString().slice(0, 10) : null;
  }
  const j = parseJalaliDate(text);
  if (!j || j.jy < 1300) return null;
  return fromJalali(j.jy, j.jm, j.jd)?.toISOString().slice(0, 10) ?? null;
}

/** '9:05' or «۹:۰۵» → '09:05', or null. */
export function parseContentTime(raw: unknown): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(normalizeDigits(asText(raw)).trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** A Tehran calendar day and clock time → the instant. */
export function tehranInstant(isoDay: string, time: string): Date {
  const [y, mo, d] = isoDay.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - TEHRAN_OFFSET_MS);
}

/** An ISO day ('2026-12-06') as the editor types it on this page: Jalali on fa, Gregorian on en. */
export function dayForInput(isoDay: string, locale: string): string {
  if (locale !== 'fa') return isoDay;
  const { jy, jm, jd } = toJalali(new Date(`${isoDay}T00:00:00Z`));
  if (!Number.isFinite(jy)) return isoDay;
  return localizeDigits(`${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`, 'fa');
}

/** An instant as the Tehran day ('YYYY-MM-DD') and time ('HH:MM') the editor types. */
export function instantForInput(date: Date, locale: string): { date: string; time: string } {
  const shifted = new Date(date.getTime() + TEHRAN_OFFSET_MS).toISOString();
  return {
    date: dayForInput(shifted.slice(0, 10), locale),
    time: localizeDigits(shifted.slice(11, 16), locale),
  };
}

const dayField = () =>
  z.preprocess((v) => parseContentDate(v) ?? '', z.string().min(1, 'contentDateInvalid'));
/** An optional day (a service's deadline): empty means none; anything typed must be a date. */
const optionalDayField = () =>
  z.preprocess(
    (v) => (asText(v).trim() === '' ? '' : (parseContentDate(v) ?? null)),
    z.string({ error: 'contentDateInvalid' }),
  );
const timeField = () =>
  z.preprocess((v) => parseContentTime(v) ?? '', z.string().min(1, 'contentTimeInvalid'));
const slugField = () =>
  z.preprocess((v) => asText(v).trim().toLowerCase(), z.string().regex(SLUG_PATTERN, 'contentSlugInvalid'));

const publishing = {
  state: z.enum(CONTENT_STATES, { error: 'contentStateInvalid' }),
  publishDate: dayField(),
  publishTime: timeField(),
};

const SCHEMAS = {
  news: {
    titleFa: line(3, 200),
    titleEn: line(3, 200),
    bodyFa: markdown(),
    bodyEn: markdown(),
    ...publishing,
  },
  announcements: {
    titleFa: line(3, 200),
    titleEn: line(3, 200),
    bodyFa: markdown(),
    bodyEn: markdown(),
    ...publishing,
  },
  faq: {
    questionFa: line(3, 300),
    questionEn: line(3, 300),
    answerFa: markdown(),
    answerEn: markdown(),
    position: z.preprocess(
      (v) => normalizeDigits(asText(v)).trim(),
      z.string().regex(/^\d{1,3}$/, 'contentPositionInvalid'),
    ),
    ...publishing,
  },
  exams: {
    examFa: line(3, 200),
    examEn: line(3, 200),
    locationFa: line(2, 200),
    locationEn: line(2, 200),
    examDate: dayField(),
    registrationDeadline: dayField(),
    ...publishing,
  },
  services: {
    nameFa: line(3, 200),
    nameEn: line(3, 200),
    descriptionFa: markdown(),
    descriptionEn: markdown(),
    // What an applicant reads before filing: who may apply, and the last day; both optional.
    eligibilityFa: optionalMarkdown(),
    eligibilityEn: optionalMarkdown(),
    deadline: optionalDayField(),
  },
} as const;

/** The fields written in the editor's markdown subset (rendered sanitized; previewed as rich text). */
export const RICH_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'bodyFa',
  'bodyEn',
  'answerFa',
  'answerEn',
  'descriptionFa',
  'descriptionEn',
  'eligibilityFa',
  'eligibilityEn',
]);

/** Fields an editor may leave empty. */
export const OPTIONAL_CONTENT_FIELDS: ReadonlySet<string> = new Set([
  'eligibilityFa',
  'eligibilityEn',
  'deadline',
]);

/** The fields of each kind, in form order (fa and en side by side). */
export const CONTENT_FIELDS: Record<ContentKind, readonly string[]> = Object.fromEntries(
  CONTENT_KINDS.map((k) => [k, Object.keys(SCHEMAS[k])]),
) as unknown as Record<ContentKind, readonly string[]>;

/** The editor's schema for a kind; a new row also needs its address (slug). */
export function contentSchema(kind: ContentKind, { isNew }: { isNew: boolean }) {
  const shape = isNew && kind !== 'services' ? { ...SCHEMAS[kind], slug: slugField() } : SCHEMAS[kind];
  return z.object(shape);
}

export type ContentInput = Record<string, string>;
