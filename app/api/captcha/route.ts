import { headers } from 'next/headers';
import { createCaptcha } from '@/lib/captcha';
import { enforce } from '@/lib/rate-limit/policies';
import { clientAddress, hashClientAddress } from '@/lib/security/client-address';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const client = hashClientAddress(clientAddress(await headers()));
  const limit = await enforce([{ policy: 'captchaPerClient', key: client }]);
  if (!limit.ok) {
    return Response.json(
      { error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds },
      {
        status: 429,
        headers: { 'Retry-After': String(limit.retryAfterSeconds), 'Cache-Control': 'no-store' },
      },
    );
  }
  const challenge = await createCaptcha();
  return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } });
}
