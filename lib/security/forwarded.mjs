/**
 * How the production server (server.mjs) decides a request's client address. Plain JavaScript with
 * no imports beyond node:net, so server.mjs runs it before Next is loaded and jest imports it as is.
 *
 * The rule is the operator's, never the client's:
 * - `hops` = 0 (TRUST_PROXY_HOPS unset): the app is reached directly, the address is the socket peer;
 * - `hops` = N: N trusted proxies stand in front, each appending the address it saw to
 *   X-Forwarded-For, so the client is the Nth entry from the right (the socket peer being entry 0).
 *   Entries further left were written by the client and are never read.
 * X-Real-IP, Forwarded and any X-Forwarded-For entry left of the trusted ones are ignored.
 */
import { isIP } from 'node:net';

export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';
export const CLIENT_TOKEN_HEADER = 'x-portal-client-token';

/** More proxies than this in front of one app is a configuration mistake, not a deployment. */
export const MAX_PROXY_HOPS = 10;

/** Only the right end of X-Forwarded-For is ever read; a huge header is cut before it is split. */
const MAX_FORWARDED_CHARS = 2048;

/**
 * One address in canonical form, or null when it is not an IP address: IPv4-mapped IPv6
 * (`::ffff:1.2.3.4`) is the IPv4 address; brackets, ports and IPv6 zone ids are dropped; IPv6 is
 * lower-case and compressed, so every spelling of one address lands in one bucket.
 */
export function normalizeAddress(raw) {
  if (typeof raw !== 'string') return null;
  let a = raw.trim();
  if (a.length === 0 || a.length > 64) return null;
  if (a.startsWith('[')) {
    const end = a.indexOf(']');
    if (end < 0) return null;
    a = a.slice(1, end);
  } else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(a)) {
    a = a.slice(0, a.lastIndexOf(':'));
  }
  a = a.replace(/%[0-9a-z._~-]*$/i, '');
  const version = isIP(a);
  if (version === 4) return a;
  if (version !== 6) return null;
  // The WHATWG URL parser writes IPv6 in its canonical (RFC 5952) form.
  let canonical;
  try {
    canonical = new URL(`http://[${a}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) {
    const hi = parseInt(mapped[1], 16);
    const lo = parseInt(mapped[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return canonical;
}

/** The X-Forwarded-For entries, right-most first, at most `count` of them. */
function lastEntries(forwardedFor, count) {
  if (count <= 0 || forwardedFor === undefined || forwardedFor === null) return [];
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : String(forwardedFor);
  const tail = joined.length > MAX_FORWARDED_CHARS ? joined.slice(-MAX_FORWARDED_CHARS) : joined;
  const parts = tail.split(',');
  // A cut at the left end may have split an entry: only entries that were whole are used.
  if (joined.length > MAX_FORWARDED_CHARS) parts.shift();
  return parts.reverse().slice(0, count);
}

/**
 * The client address under `hops` trusted proxies, or 'unknown'. When the entry a trusted proxy
 * should have written is missing or malformed (a misconfigured proxy), the nearest trusted hop is
 * used instead: that address was not chosen by the client either.
 */
export function resolveClientAddress(socketPeer, forwardedFor, hops = 0) {
  const chain = [socketPeer, ...lastEntries(forwardedFor, hops)];
  for (let i = Math.min(hops, chain.length - 1); i >= 0; i--) {
    const address = normalizeAddress(chain[i]);
    if (address) return address;
  }
  return 'unknown';
}

/** Expands a canonical IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address) {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

/**
 * The rate-limit bucket of an address: an IPv4 address is its own bucket, an IPv6 address counts as
 * its /64, because one subscriber line or server usually gets a whole /64 and could otherwise take a
 * fresh address (and a fresh set of limits) for every request.
 */
export function limitBucket(address) {
  const canonical = normalizeAddress(address);
  if (!canonical) return 'unknown';
  if (isIP(canonical) === 4) return canonical;
  const groups = ipv6Groups(canonical).slice(0, 4);
  return `${groups.map((g) => g.toString(16)).join(':')}::/64`;
}

/**
 * Parses TRUST_PROXY_HOPS: a whole number from 0 to MAX_PROXY_HOPS. Returns the number, or a message
 * saying how to fix the value.
 */
export function parseProxyHops(value) {
  if (value === undefined || value === '') return { hops: 0 };
  const n = Number(value);
  if (!/^\d+$/.test(String(value).trim()) || !Number.isInteger(n) || n > MAX_PROXY_HOPS) {
    return {
      error:
        `TRUST_PROXY_HOPS must be a whole number from 0 to ${MAX_PROXY_HOPS} (the number of proxies ` +
        `in front of the app that append to X-Forwarded-For), not "${value}".`,
    };
  }
  return { hops: n };
}

/**
 * Stamps the request with the address this server derived and the boot token, replacing whatever
 * the client sent under those names. Called for every request before Next sees it.
 */
export function stampClientAddress(req, hops, token) {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket?.remoteAddress,
    req.headers['x-forwarded-for'],
    hops,
  );
  req.headers[CLIENT_TOKEN_HEADER] = token;
}
