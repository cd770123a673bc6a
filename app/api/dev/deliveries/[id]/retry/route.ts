import { z } from 'zod';
import { retryDelivery } from '@/lib/delivery/admin';
import { isOutboxApiEnabled } from '@/lib/env';
import { refuseCrossOrigin } from '@/lib/security/same-origin';

export const dynamic = 'force-dynamic';

const idSchema = z.string().uuid();

/** Queues a failed delivery again: 202 `{status:"queued"}`, or 409 when it is not a failed, retryable one. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'invalid_id' }, { status: 400 });
  const outcome = await retryDelivery(id.data);
  return Response.json(
    { status: outcome },
    { status: outcome === 'queued' ? 202 : 409, headers: { 'Cache-Control': 'no-store' } },
  );
}
