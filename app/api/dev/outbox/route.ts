import { z } from 'zod';
import { isOutboxApiEnabled } from '@/lib/env';
import { listOutbox } from '@/lib/delivery/outbox';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeMobile } from '@/lib/formats/mobile';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  // Control characters (NUL above all: PostgreSQL refuses it in text) are never part of an address.
  to: z
    .string()
    .max(320)
    .regex(/^[^\u0000-\u001f\u007f]*$/)
    .optional(),
  channel: z.enum(['sms', 'voice', 'email']).optional(),
});

/** Recipients are compared in normalized form, so `?to=+989121234567` finds `09121234567`. */
function normalizeRecipient(to: string): string {
  return normalizeMobile(to) ?? normalizeEmail(to) ?? to.trim();
}

export async function GET(request: Request): Promise<Response> {
  if (!isOutboxApiEnabled()) return new Response('Not Found', { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) return Response.json({ error: 'invalid_query' }, { status: 400 });
  const { to, channel } = parsed.data;
  const rows = await listOutbox({ to: to ? normalizeRecipient(to) : undefined, channel });
  return Response.json(
    rows.map((m) => ({
      id: m.id,
      channel: m.channel,
      to: m.to,
      subject: m.subject,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
