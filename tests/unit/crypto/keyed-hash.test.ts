import { createHmac } from 'node:crypto';
import { keyedHash, sameDigest } from '@/lib/crypto/keyed-hash';
import { readSignedToken, signToken } from '@/lib/crypto/signed-token';

describe('keyedHash', () => {
  it('is the HMAC-SHA-256 of the NUL-joined parts the stored hashes were made with', () => {
    const expected = createHmac('sha256', 'k').update('tombstone\u0000user').digest('base64url');
    expect(keyedHash(['tombstone', 'user'], { key: 'k' })).toBe(expected);
    const hex = createHmac('sha256', 'k').update('human-check\u0000x').digest('hex');
    expect(keyedHash(['human-check', 'x'], { key: 'k', encoding: 'hex' })).toBe(hex);
    expect(keyedHash(['limit', 'p', 's'], { key: 'k', length: 22 })).toHaveLength(22);
  });

  it('keeps purposes apart', () => {
    expect(keyedHash(['a', 'bc'], { key: 'k' })).not.toBe(keyedHash(['ab', 'c'], { key: 'k' }));
  });

  it('compares digests of any length without throwing', () => {
    expect(sameDigest('abc', 'abc')).toBe(true);
    expect(sameDigest('abc', 'abd')).toBe(false);
    expect(sameDigest('abc', 'abcd')).toBe(false);
  });
});

describe('signed tokens', () => {
  it('round-trips a payload for its purpose only', () => {
    const token = signToken('one', { s: 'x', v: 1 });
    expect(readSignedToken('one', token, 500)).toEqual({ s: 'x', v: 1 });
    expect(readSignedToken('two', token, 500)).toBeNull();
  });

  it('refuses an altered, oversized or malformed token', () => {
    const token = signToken('one', { s: 'x' });
    const [data, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ s: 'y' })).toString('base64url');
    expect(readSignedToken('one', `${forged}.${mac}`, 500)).toBeNull();
    expect(readSignedToken('one', `${data}.${mac}x`, 500)).toBeNull();
    expect(readSignedToken('one', token, 5)).toBeNull();
    expect(readSignedToken('one', 42, 500)).toBeNull();
    expect(readSignedToken('one', 'no-dot', 500)).toBeNull();
  });
});
