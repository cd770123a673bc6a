import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, type Account } from '@/db/schema';

/**
 * The account's status as stored now, or null for an unknown id: what every use-case that depends on
 * the approval state (profile edits, uploads, filing, status changes) reads first, on the server.
 */
export async function readAccountStatus(db: DbOrTx, accountId: string): Promise<Account['status'] | null> {
  const [row] = await db
    .select({ status: accounts.status })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  return row?.status ?? null;
}
