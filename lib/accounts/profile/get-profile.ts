import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { profiles } from '@/db/schema';

export async function getProfile(accountId: string) {
  const db = await getDb();
  const [row] = await db.select().from(profiles).where(eq(profiles.accountId, accountId)).limit(1);
  return row ?? null;
}
