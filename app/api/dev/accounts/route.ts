import { createDevAccount, devAccountSchema } from '@/lib/accounts/create-dev-account';
import { isOutboxApiEnabled } from '@/lib/env';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 8 * 1024;

/** A browser page of another origin must not create accounts even on a test server. */
function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}

/**
 * Dev/test only (404 unless the outbox API is on): creates an applicant with a verified mobile and
 * email. Body `{ nationalCode?, password, mobile, email, firstName?, lastName?, status? }` → `{ id, username }`.
 * Without nationalCode the account is international and its username is the email.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  if (isForeignOrigin(request)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return Response.json({ error: 'too_large' }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: 'invalid_json' }, { status: 400 });
  }
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
