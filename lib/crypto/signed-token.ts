import { keyedHash, sameDigest } from './keyed-hash';

/**
 * A small server-signed token, `base64url(JSON).mac`, for state the browser carries between two
 * requests (the sign-in grant, the staff second-factor ticket). `purpose` is hashed with the data, so
 * a token made for one purpose is refused by every other. The caller checks the payload's fields and
 * expiry.
 */
export function signToken(purpose: string, payload: object): string {
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${data}.${keyedHash([purpose, data])}`;
}

/** The payload of a token this server signed for `purpose`, or null (forged, altered, too long, not JSON). */
export function readSignedToken(
  purpose: string,
  token: unknown,
  maxLength: number,
): Record<string, unknown> | null {
  if (typeof token !== 'string' || token.length > maxLength) return null;
  const [data, mac] = token.split('.');
  if (!data || !mac || !sameDigest(keyedHash([purpose, data]), mac)) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
