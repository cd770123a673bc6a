/**
 * Server-drawn 404 documents, run by server.mjs around Next's request handler.
 *
 * A page that calls notFound() while it renders (and every unknown path under a locale, through the
 * catch-all page) is answered by Next 15 with an empty `<html id="__next_error__">` shell that only
 * the browser's JavaScript fills in (vercel/next.js#62228): a visitor without JavaScript, a slow phone
 * and a crawler see a blank page. Here such an answer is replaced by the server-drawn 404 page of the
 * same language: a document GET whose status is 404 is held back, and if its body is that shell, the
 * page app/[locale]/page-not-found is fetched from this same server (with the visitor's cookies, so
 * the header shows the right account links) and sent instead with status 404 and its own CSP (its
 * nonce matches its scripts). Every other answer streams through untouched.
 */
import { brotliDecompressSync, unzipSync } from 'node:zlib';

/** Marks the server's own request for the 404 page, so it is never held back itself. */
export const INTERNAL_404_HEADER = 'x-portal-internal-404';
/** The 404 page under a locale (app/[locale]/page-not-found), drawn only for this server's own request. */
export const NOT_FOUND_PATH = 'page-not-found';
const SHELL = /<html id="__next_error__"/;
/** Headers of the shell that do not describe the replacement. */
const REPLACED = ['content-encoding', 'content-length', 'content-security-policy', 'etag', 'content-type'];

function isDocumentRequest(req) {
  const h = req.headers;
  if (h.rsc || h['next-action'] || h['next-router-prefetch'] || h[INTERNAL_404_HEADER]) return false;
  return h['sec-fetch-dest'] === 'document' || /text\/html/.test(String(h.accept ?? ''));
}

function decode(body, encoding) {
  if (!encoding || encoding === 'identity') return body;
  if (encoding === 'br') return brotliDecompressSync(body);
  return unzipSync(body);
}

/** The locale of a path (its first segment), 'fa' when it has none. */
export function localeOfPath(url) {
  const first = String(url ?? '/').split(/[/?#]/)[1];
  return first === 'en' ? 'en' : 'fa';
}

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {(locale: string, req: import('node:http').IncomingMessage) => Promise<Response>} fetchNotFound
 */
export function withServerRendered404(handle, fetchNotFound) {
  return (req, res) => {
    if (req.method !== 'GET' || !isDocumentRequest(req)) return handle(req, res);
    /** @type {'undecided' | 'pass' | 'hold'} */
    let mode = 'undecided';
    const chunks = [];
    const writeHead = res.writeHead.bind(res);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const decide = (status) => {
      if (mode === 'undecided') mode = status === 404 ? 'hold' : 'pass';
    };
    res.writeHead = (statusCode, reason, headers) => {
      decide(statusCode);
      if (mode === 'pass') return writeHead(statusCode, reason, headers);
      if (reason !== null && typeof reason === 'object') [headers, reason] = [reason, undefined];
      const list = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
      for (const [k, v] of list) if (v !== undefined) res.setHeader(k, v);
      res.statusCode = statusCode;
      return res;
    };
    res.write = (chunk, encoding, callback) => {
      decide(res.statusCode);
      if (mode === 'pass') return write(chunk, encoding, callback);
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      if (callback) process.nextTick(callback);
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      decide(res.statusCode);
      if (mode === 'pass') return end(chunk, encoding, callback);
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      const held = Buffer.concat(chunks);
      const sendHeld = () => {
        writeHead(res.statusCode);
        end(held, callback);
      };
      let isShell = false;
      try {
        const head = decode(held, String(res.getHeader('content-encoding') ?? '')).subarray(0, 512);
        isShell = SHELL.test(head.toString('utf8'));
      } catch {
        isShell = false;
      }
      if (!isShell) {
        sendHeld();
        return res;
      }
      fetchNotFound(localeOfPath(req.url), req)
        .then(async (page) => {
          const body = Buffer.from(await page.arrayBuffer());
          if (page.status !== 200 || SHELL.test(body.subarray(0, 512).toString('utf8'))) throw new Error();
          for (const name of REPLACED) res.removeHeader(name);
          for (const name of ['content-type', 'content-security-policy']) {
            const value = page.headers.get(name);
            if (value) res.setHeader(name, value);
          }
          res.setHeader('content-length', body.length);
          writeHead(404);
          end(body, callback);
        })
        .catch(sendHeld);
      return res;
    };
    return handle(req, res);
  };
}
