/**
 * Route handlers have no body limit of their own (serverActions.bodySizeLimit covers actions only):
 * `await request.json()` would buffer whatever a client sends. This reads the stream and stops at
 * `maxBytes`, so a 1 GB body costs at most `maxBytes` of memory.
 */
export const DEFAULT_MAX_JSON_BYTES = 16 * 1024;

export type ReadJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; response: Response; reason: 'too_large' | 'invalid_json' | 'unsupported_media_type' };

const refuse = (status: number, reason: 'too_large' | 'invalid_json' | 'unsupported_media_type') => ({
  ok: false as const,
  reason,
  response: Response.json({ error: reason }, { status, headers: { 'Cache-Control': 'no-store' } }),
});

export async function readJson(request: Request, maxBytes = DEFAULT_MAX_JSON_BYTES): Promise<ReadJsonResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return refuse(415, 'unsupported_media_type');
  // A declared length over the cap is refused before reading a byte.
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return refuse(413, 'too_large');
  if (!request.body) return refuse(400, 'invalid_json');

  const read = await readLimited(request.body, maxBytes);
  if (!read.ok) return refuse(413, 'too_large');
  const bytes = read.bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse(400, 'invalid_json');
  }
}

/**
 * Reads a body stream up to `maxBytes`; one byte more and the stream is cancelled (Content-Length can
 * lie or be absent), so an oversized body costs at most `maxBytes` of memory and is never stored.
 */
export async function readLimited(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
