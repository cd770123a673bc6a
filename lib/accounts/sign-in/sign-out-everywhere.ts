import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';

/**
 * Ends every session of the account, this one included: sessions carry the version they were issued
 * with, and getCurrentAccount refuses any that no longer matches.
 */
export async function signOutEverywhere(
  accountId: string,
  { clientHash, now = new Date(), db }: { clientHash?: string; now?: Date; db?: DbOrTx } = {},
): Promise<void> {
  const handle = db ?? (await getDb());
  await handle
    .update(accounts)
    .set({ sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: now })
    .where(eq(accounts.id, accountId));
  await recordAuditEvent({ type: 'logout_everywhere', accountId, clientHash }, { now, db: handle });
}
