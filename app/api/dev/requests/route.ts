import { z } from 'zod';
import { decideServiceRequest } from '@/lib/requests/decide-service-request';
import { isOutboxApiEnabled } from '@/lib/env';
import { readJson } from '@/lib/security/read-json';

export const dynamic = 'force-dynamic';

const moveSchema = z.object({
  trackingNumber: z.string().min(1).max(40),
  status: z.enum(['in_review', 'approved', 'rejected']),
  reason: z.string().max(500).optional(),
});

/**
 * Dev/test only (404 unless the outbox API is on): stands in for the officer handling a request.
 * `{ trackingNumber, status: 'in_review' | 'approved' | 'rejected', reason? }` goes through the same
 * use-case as staff (timeline, notification); 409 when the request's status does not allow it.
 */
export async function PATCH(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const read = await readJson(request);
  if (!read.ok) return read.response;
  const parsed = moveSchema.safeParse(read.value);
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  const { trackingNumber, status, reason } = parsed.data;
  const result = await decideServiceRequest({ kind: 'system' }, trackingNumber, status, reason);
  if (!result.ok) {
    const code = result.error === 'notFound' ? 404 : result.error === 'invalidTransition' ? 409 : 400;
    return Response.json({ error: result.error }, { status: code });
  }
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
}
