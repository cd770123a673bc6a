import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, profiles, type DocumentRow, type StaffUser } from '@/db/schema';
import { isUuid, staffCanSee } from '@/lib/review/scope';

/** Who asks for a document: the signed-in applicant, or a signed-in staff member. */
export type DocumentViewer = { kind: 'applicant'; accountId: string } | { kind: 'staff'; staff: StaffUser };

/**
 * May this staff member see this applicant's documents? The same rule as the applicant's file
 * (lib/review/scope.ts): an administrator sees every applicant, a reviewer only those whose profile
 * names the reviewer's university, read from the row on every call. Anything else gets the same answer
 * as a document that does not exist (404), so ids cannot be probed across universities.
 */
export async function staffMaySeeApplicant(
  staff: Pick<StaffUser, 'role' | 'universityId' | 'disabledAt'>,
  accountId: string,
): Promise<boolean> {
  if (staff.disabledAt) return false;
  if (staff.role === 'admin') return true;
  if (!staff.universityId) return false;
  const db = await getDb();
  const [row] = await db
    .select({ universityId: profiles.universityId })
    .from(profiles)
    .where(eq(profiles.accountId, accountId))
    .limit(1);
  return staffCanSee(staff, row?.universityId);
}

/** The document row if `viewer` may read it, else null (the caller answers 404 either way). */
export async function findDocumentFor(
  viewer: DocumentViewer,
  documentId: string,
): Promise<DocumentRow | null> {
  if (!isUuid(documentId)) return null;
  const db = await getDb();
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!row) return null;
  if (viewer.kind === 'applicant') return row.accountId === viewer.accountId ? row : null;
  return (await staffMaySeeApplicant(viewer.staff, row.accountId)) ? row : null;
}

export type DocumentSummary = Pick<
  DocumentRow,
  'id' | 'kind' | 'contentType' | 'size' | 'fileName' | 'requestId' | 'createdAt'
>;

const summary = {
  id: documents.id,
  kind: documents.kind,
  contentType: documents.contentType,
  size: documents.size,
  fileName: documents.fileName,
  requestId: documents.requestId,
  createdAt: documents.createdAt,
};

/** The applicant's own documents (profile and requests), oldest first. */
export async function listOwnDocuments(accountId: string): Promise<DocumentSummary[]> {
  const db = await getDb();
  return db
    .select(summary)
    .from(documents)
    .where(eq(documents.accountId, accountId))
    .orderBy(asc(documents.createdAt));
}

/**
 * For the staff applicant page: the applicant's documents, or null when this staff member may not see
 * that applicant (answer 404). Each is downloaded from `/api/documents/{id}`, which checks again.
 */
export async function listApplicantDocuments(
  staff: StaffUser,
  accountId: string,
): Promise<DocumentSummary[] | null> {
  if (!(await staffMaySeeApplicant(staff, accountId))) return null;
  return listOwnDocuments(accountId);
}

/** The documents filed with one request of this account. */
export async function listRequestDocuments(accountId: string, requestId: string): Promise<DocumentSummary[]> {
  const db = await getDb();
  return db
    .select(summary)
    .from(documents)
    .where(and(eq(documents.accountId, accountId), eq(documents.requestId, requestId)))
    .orderBy(asc(documents.createdAt));
}
