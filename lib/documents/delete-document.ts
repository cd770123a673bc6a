import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, documents } from '@/db/schema';
import { PROFILE_DOCUMENTS, type DocumentKind } from './kinds';
import { documentStorage } from './storage';

/**
 * The owner deletes an upload that is not part of a filed request; a profile document only while the
 * profile may be edited (before submission or after a rejection).
 */
export async function deleteOwnDocument(
  accountId: string,
  documentId: string,
): Promise<'deleted' | 'notFound' | 'locked'> {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) return 'notFound';
  const db = await getDb();
  const [row] = await db
    .select({ kind: documents.kind, requestId: documents.requestId, status: accounts.status })
    .from(documents)
    .innerJoin(accounts, eq(accounts.id, documents.accountId))
    .where(and(eq(documents.id, documentId), eq(documents.accountId, accountId)))
    .limit(1);
  if (!row) return 'notFound';
  const profileLocked = row.status === 'profile_submitted' || row.status === 'approved';
  if (row.requestId || (PROFILE_DOCUMENTS.includes(row.kind as DocumentKind) && profileLocked))
    return 'locked';
  const [gone] = await db
    .delete(documents)
    .where(and(eq(documents.id, documentId), eq(documents.accountId, accountId), isNull(documents.requestId)))
    .returning({ storageKey: documents.storageKey });
  if (!gone) return 'locked';
  await documentStorage().delete(gone.storageKey);
  return 'deleted';
}
