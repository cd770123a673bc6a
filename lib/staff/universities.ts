import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { universities, type University } from '@/db/schema';

/** Every university, active first, by code. */
export async function listUniversities({
  activeOnly = false,
  db,
}: { activeOnly?: boolean; db?: DbOrTx } = {}): Promise<University[]> {
  const handle = db ?? (await getDb());
  const query = handle.select().from(universities).orderBy(asc(universities.slug));
  const rows = activeOnly ? await query.where(eq(universities.active, true)) : await query;
  return rows;
}

export async function findUniversityByCode(code: string, db?: DbOrTx): Promise<University | null> {
  const handle = db ?? (await getDb());
  const normalized = String(code ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 100);
  if (!normalized) return null;
  const [row] = await handle.select().from(universities).where(eq(universities.slug, normalized)).limit(1);
  return row ?? null;
}

export function universityName(u: Pick<University, 'nameFa' | 'nameEn'>, locale: string): string {
  return locale === 'en' ? u.nameEn : u.nameFa;
}
