import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { services } from '@/db/schema';

/** A catalogue service that takes requests (support and other open services are not filed here). */
export async function findRequestableService(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.requiresApproval, true)))
    .limit(1);
  return row ?? null;
}
