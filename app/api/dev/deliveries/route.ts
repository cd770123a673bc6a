import { z } from 'zod';
import { listDeliveries } from '@/lib/delivery/admin';
import { isOutboxApiEnabled } from '@/lib/env';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  status: z.enum(['pending', 'sending', 'sent', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/**
 * Dev/test and operators (404 unless the outbox API is on): the delivery queue, newest first, with
 * masked recipients. `?status=failed` lists the final failures; POST …/{id}/retry sends one again.
 * The staff area's administrator page is the intended home for this view.
 */
export async function GET(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: 'invalid_query' }, { status: 400 });
  return Response.json(await listDeliveries(parsed.data), { headers: { 'Cache-Control': 'no-store' } });
}
