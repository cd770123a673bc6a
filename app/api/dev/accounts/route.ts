import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { accounts } from '@/db/schema';
import { createDevAccount, devAccountSchema } from '@/lib/accounts/registration/create-dev-account';
import { approveApplicant, rejectApplicant } from '@/lib/accounts/review/review-applicant';
import { isOutboxApiEnabled } from '@/lib/env';
import { readJson } from '@/lib/security/read-json';
import { refuseCrossOrigin } from '@/lib/security/same-origin';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 8 * 1024;

/**
 * Dev/test only (404 unless the outbox API is on): creates an applicant with a verified mobile and
 * email. Body `{ nationalCode?, password, mobile, email, firstName?, lastName?, status? }` → `{ id, username }`.
 * Without nationalCode the account is international and its username is the email.
 * Like every state-changing handler: same Origin required (a page of another origin must not create
 * accounts even on a test server), JSON read with a byte cap.
 */
async function readBody(request: Request): Promise<{ body: unknown } | { response: Response }> {
  const refused = refuseCrossOrigin(request);
  if (refused) return { response: refused };
  const read = await readJson(request, MAX_BODY_BYTES);
  return read.ok ? { body: read.value } : { response: read.response };
}

/**
 * Dev/test only: the id and status of the account with this username, so a test that registered
 * through the form can drive the review (PATCH below). `GET ?username=…` → `{ id, status }` or 404.
 */
export async function GET(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const username = new URL(request.url).searchParams.get('username')?.slice(0, 200) ?? '';
  const db = await getDb();
  const [row] = await db
    .select({ id: accounts.id, status: accounts.status })
    .from(accounts)
    .where(eq(accounts.username, username))
    .limit(1);
  if (!row) return Response.json({ error: 'notFound' }, { status: 404 });
  return Response.json(row, { headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const read = await readBody(request);
  if ('response' in read) return read.response;
  const body = read.body;
  const parsed = devAccountSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  const result = await createDevAccount(parsed.data);
  if (!result.ok) {
    return Response.json({ error: result.error }, { status: result.error === 'duplicate' ? 409 : 400 });
  }
  return Response.json(
    { id: result.account.id, username: result.account.username },
    { status: 201, headers: { 'Cache-Control': 'no-store' } },
  );
}

const reviewSchema = z.object({
  id: z.uuid(),
  status: z.enum(['approved', 'rejected']),
  reason: z.string().max(500).optional(),
});

/**
 * Dev/test only: stands in for the university officer's review. `{ id, status: 'approved' | 'rejected',
 * reason? }` goes through the same state machine and emails as the staff review (409 when the account's
 * status does not allow it, e.g. approving a profile that was never submitted).
 */
export async function PATCH(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const read = await readBody(request);
  if ('response' in read) return read.response;
  const parsed = reviewSchema.safeParse(read.body);
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  const { id, status, reason } = parsed.data;
  const result = status === 'approved' ? await approveApplicant(id) : await rejectApplicant(id, reason ?? '');
  if (!result.ok) {
    const code = result.error === 'notFound' ? 404 : result.error === 'invalidTransition' ? 409 : 400;
    return Response.json({ error: result.error }, { status: code });
  }
  return Response.json(
    { id: result.account.id, status: result.account.status },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
