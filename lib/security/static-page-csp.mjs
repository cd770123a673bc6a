/**
 * The last step of a cached public page, run by server.mjs around Next's request handler
 * (docs/decisions/0005-fast-public-pages.md).
 *
 * The HTML of these pages is the same for every visitor, so it cannot carry a per-request nonce. The
 * middleware gives them `script-src 'self'` and a marker header; here, with the finished body in hand,
 * the SHA-256 hash of every inline script is appended to that directive, so exactly the scripts Next
 * wrote run and nothing injected does (no 'unsafe-inline'). The body is then gzip-compressed here
 * (Next's own compression is bypassed for these paths so the hashes are taken over the plain HTML).
 * Hashes and compressed bodies are kept per body digest.
 *
 * The finished page is also kept here (the front cache) and served for FRONT_TTL_MS without entering
 * Next at all — no middleware run, no route resolution — because even Next's cache hit costs ~20× the
 * bytes it sends. Every content save bumps a process-wide version (bumpPublicPagesVersion in the save
 * action, next to revalidatePath), which drops the front cache at once; the TTL only bounds how long an
 * instance trusts a copy without asking Next (whose own revalidate is 30 s). Only plain document
 * requests use it: no query string, no RSC/router/action header. The per-request part the middleware
 * would have added (the "signed in?" hint cookie) is done here the same way.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  hasSessionCookie,
  isStaticPublicPath,
  publicPagesVersion,
  SESSION_HINT_COOKIE,
  STATIC_CSP_MARKER,
} from './static-paths.mjs';

const FRONT_TTL_MS = 5000;
/** Not replayed from the front cache: per-response or recomputed for each request. */
const NOT_STORED = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);
/** @type {Map<string, { version: number, storedAt: number, headers: Array<[string, unknown]>, body: Buffer, entry: { hashes: string[], etag: string, gzip?: Buffer } }>} */
const front = new Map();

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MAX_ENTRIES = 500;
/** @type {Map<string, { hashes: string[], gzip?: Buffer }>} */
const entries = new Map();

/** The CSP source expressions ('sha256-…') of every inline script of an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** `script-src 'self'` → `script-src 'self' 'sha256-…' …`; any other policy is returned unchanged. */
export function withScriptHashes(policy, hashes) {
  if (hashes.length === 0) return policy;
  return policy.replace(/(^|;\s*)script-src 'self'(?=;|$)/, `$1script-src 'self' ${hashes.join(' ')}`);
}

function entryFor(body) {
  const key = createHash('sha256').update(body).digest('base64url');
  let entry = entries.get(key);
  if (!entry) {
    entry = { hashes: inlineScriptHashes(body.toString('utf8')), etag: `"${key.slice(0, 27)}"` };
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
    entries.set(key, entry);
  }
  return entry;
}

const toBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : chunk instanceof Uint8Array
      ? Buffer.from(chunk)
      : Buffer.from(String(chunk), encoding);

function finish(req, res, chunks, acceptsGzip, ifNoneMatch, store) {
  const body = Buffer.concat(chunks);
  const marked = res.getHeader(STATIC_CSP_MARKER) !== undefined;
  res.removeHeader(STATIC_CSP_MARKER);
  const type = String(res.getHeader('content-type') ?? '');
  let out = body;
  if (body.length > 0 && !res.getHeader('content-encoding')) {
    const entry = entryFor(body);
    if (marked && type.startsWith('text/html')) {
      const policy = String(res.getHeader('content-security-policy') ?? '');
      res.setHeader('content-security-policy', withScriptHashes(policy, entry.hashes));
      // Next's ISR header (s-maxage=30, stale-while-revalidate=…) would let a shared cache serve an
      // edited page for a year; caches must ask again (the ETag below makes that a cheap 304).
      res.setHeader('cache-control', 'public, no-cache');
    }
    // Our own validator, from the bytes actually sent: a 304 then carries the same CSP as the page
    // it confirms (a browser replaces the stored headers with those of the 304).
    res.setHeader('etag', entry.etag);
    if (store && marked && res.statusCode === 200 && type.startsWith('text/html')) {
      const headers = Object.entries(res.getHeaders()).filter(([k]) => !NOT_STORED.has(k.toLowerCase()));
      front.set(store.path, { version: store.version, storedAt: Date.now(), headers, body, entry });
    }
    if (res.statusCode === 200 && ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(entry.etag)) {
      res.statusCode = 304;
      res.removeHeader('content-length');
      res.removeHeader('content-encoding');
      return Buffer.alloc(0);
    }
    const vary = String(res.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary))
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    out = encode(res, body, entry, acceptsGzip, type);
  }
  return out;
}

function encode(res, body, entry, acceptsGzip, type) {
  let out = body;
  if (acceptsGzip && body.length >= 1024 && /^(text\/|application\/(json|javascript))/.test(type)) {
    entry.gzip ??= gzipSync(body);
    out = entry.gzip;
    res.setHeader('content-encoding', 'gzip');
  }
  res.setHeader('content-length', out.length);
  return out;
}

/** The middleware's "signed in?" hint, for responses that never reach the middleware. */
function syncSessionHint(req, res) {
  const names = String(req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.split('=')[0].trim())
    .filter(Boolean);
  const signedIn = hasSessionCookie(names);
  const hinted = names.includes(SESSION_HINT_COOKIE);
  if (signedIn && !hinted) res.setHeader('set-cookie', `${SESSION_HINT_COOKIE}=1; Path=/; SameSite=Lax`);
  else if (!signedIn && hinted)
    res.setHeader('set-cookie', `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`);
}

function serveFront(req, res, hit, acceptsGzip, ifNoneMatch) {
  for (const [k, v] of hit.headers) res.setHeader(k, v);
  // Replayed headers carry what Next said of the first answer (often MISS); this one is a cache hit.
  res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('x-portal-cache', 'front');
  syncSessionHint(req, res);
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(hit.entry.etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  const out = encode(res, hit.body, hit.entry, acceptsGzip, String(res.getHeader('content-type') ?? ''));
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : out);
}

/** A plain document request: no query string and none of the headers of Next's client router or actions. */
function isPlainDocumentRequest(req, query) {
  const h = req.headers;
  return (
    query === undefined &&
    !h.rsc &&
    !h['next-router-prefetch'] &&
    !h['next-router-state-tree'] &&
    !h['next-router-segment-prefetch'] &&
    !h['next-action']
  );
}

/**
 * Wraps Next's request handler: GET/HEAD requests for the cached public pages are buffered and
 * finished as described above; every other request goes through untouched (and keeps Next's
 * compression and streaming).
 */
export function withStaticPageCsp(handle) {
  return (req, res) => {
    const [path, query] = (req.url ?? '/').split(/\?(.*)/s);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isStaticPublicPath(path)) return handle(req, res);
    const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
    const plain = isPlainDocumentRequest(req, query);
    const version = publicPagesVersion();
    if (plain) {
      const hit = front.get(path);
      if (hit && hit.version === version && Date.now() - hit.storedAt < FRONT_TTL_MS) {
        serveFront(req, res, hit, acceptsGzip, req.headers['if-none-match']);
        return undefined;
      }
    }
    // Next answers these itself from its own ETag, with a 304 that has no body to take hashes from;
    // the validator is handled in finish() instead.
    const ifNoneMatch = req.headers['if-none-match'];
    delete req.headers['accept-encoding'];
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
    const chunks = [];
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    res.writeHead = (statusCode, reason, headers) => {
      if (reason !== null && typeof reason === 'object') [headers, reason] = [reason, undefined];
      const list = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
      for (const [k, v] of list) if (v !== undefined) res.setHeader(k, v);
      res.statusCode = statusCode;
      if (typeof reason === 'string') res.statusMessage = reason;
      return res;
    };
    res.write = (chunk, encoding, callback) => {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(toBuffer(chunk, encoding));
      if (callback) process.nextTick(callback);
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(toBuffer(chunk, encoding));
      const out = finish(req, res, chunks, acceptsGzip, ifNoneMatch, plain ? { path, version } : null);
      writeHead(res.statusCode);
      end(req.method === 'HEAD' || out.length === 0 ? undefined : out, callback);
      return res;
    };
    return handle(req, res);
  };
}
