import { getCurrentAccount, getCurrentStaff } from '@/lib/auth/session';
import { deleteOwnDocument } from '@/lib/documents/delete-document';
import type { DocumentRow } from '@/db/schema';
import { findDocumentFor } from '@/lib/documents/document-access';
import { documentStorage } from '@/lib/documents/storage';
import { refuseCrossOrigin } from '@/lib/security/same-origin';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

const notFound = () =>
  Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** The document for whoever is signed in: as its owner first, then as staff (one browser may hold both). */
async function findForViewer(id: string): Promise<DocumentRow | null> {
  const account = await getCurrentAccount();
  const own = account ? await findDocumentFor({ kind: 'applicant', accountId: account.id }, id) : null;
  if (own) return own;
  const staff = await getCurrentStaff();
  return staff ? findDocumentFor({ kind: 'staff', staff }, id) : null;
}

/**
 * A document, only for its owner and for staff allowed to see that applicant (role and university,
 * checked here on every request). Everyone else, signed in or not, gets the same 404 as for an id that
 * does not exist. Never cached by shared caches; sandboxed so a PDF cannot run script in our origin.
 */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  const row = await findForViewer(id);
  if (!row) return notFound();
  const bytes = await documentStorage().get(row.storageKey);
  if (!bytes) return notFound();
  const name = encodeURIComponent(row.fileName);
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      'Content-Type': row.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `inline; filename="document"; filename*=UTF-8''${name}`,
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}

/** The owner removes a document not yet filed with a request (a wrong upload). */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const { id } = await params;
  const account = await getCurrentAccount();
  if (!account) return notFound();
  const result = await deleteOwnDocument(account.id, id);
  if (result === 'notFound') return notFound();
  if (result === 'locked')
    return Response.json({ error: 'locked' }, { status: 409, headers: { 'Cache-Control': 'no-store' } });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
