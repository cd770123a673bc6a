import { headers } from 'next/headers';
import { createHumanCheck, isHumanCheckPurpose } from '@/lib/captcha';
import { enforce } from '@/lib/rate-limit/policies';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';

export const dynamic = 'force-dynamic';

/** A fresh proof-of-work challenge for the human-check widget: `GET /api/altcha?purpose=register`. */
export async function GET(request: Request): Promise<Response> {
  const purpose = new URL(request.url).searchParams.get('purpose');
  if (!isHumanCheckPurpose(purpose)) {
    return Response.json(
      { error: 'invalid_purpose' },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  const client = hashClientAddress(clientAddress(await headers()));
  const limit = await enforce([{ policy: 'humanCheckPerClient', key: client }]);
  if (!limit.ok) {
    return Response.json(
      { error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds },
      {
        status: 429,
        headers: { 'Retry-After': String(limit.retryAfterSeconds), 'Cache-Control': 'no-store' },
      },
    );
  }
  return Response.json(await createHumanCheck(purpose), { headers: { 'Cache-Control': 'no-store' } });
}
