import { getCurrentAccount } from '@/lib/auth/session';
import { storeDocument } from '@/lib/documents/store-document';
import { refuseCrossOrigin } from '@/lib/security/same-origin';

export const dynamic = 'force-dynamic';

const STATUS: Record<string, number> = {
  tooLarge: 413,
  wrongType: 415,
  unreadable: 415,
  empty: 400,
  kindUnknown: 400,
  locked: 409,
  rateLimited: 429,
  sessionExpired: 401,
};

const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...extra } });

/**
 * Upload one document: `POST /api/documents?kind=photo&purpose=profile` with the file as the raw body
 * (the browser sends it with XMLHttpRequest for the progress bar) and its name in `X-File-Name`
 * (URI-encoded). A route handler, not a server action: actions are capped at 64 kB and buffered whole,
 * while this reads the stream and stops at the limit. The middleware does not run here (see its
 * matcher) because Next would copy the body for it first; this handler does the same-origin check
 * the middleware does for actions.
 */
export async function POST(request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const account = await getCurrentAccount();
  if (!account) return json({ error: 'sessionExpired' }, 401);
  const url = new URL(request.url);
  const purpose = url.searchParams.get('purpose') === 'request' ? 'request' : 'profile';
  let fileName: string | null = null;
  try {
    fileName = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    fileName = null;
  }
  const declared = Number(request.headers.get('content-length'));
  try {
    const result = await storeDocument({
      accountId: account.id,
      kind: url.searchParams.get('kind'),
      purpose,
      body: request.body,
      declaredLength: Number.isFinite(declared) ? declared : null,
      fileName,
    });
    if (!result.ok) {
      const retry = result.retryAfterSeconds
        ? { 'Retry-After': String(result.retryAfterSeconds) }
        : undefined;
      return json(
        { error: result.error, retryAfterSeconds: result.retryAfterSeconds },
        STATUS[result.error] ?? 400,
        retry,
      );
    }
    return json(result.document, 201);
  } catch (error) {
    console.error(`[documents] upload failed: ${(error as Error)?.name ?? 'unknown'}`);
    return json({ error: 'generic' }, 500);
  }
}
