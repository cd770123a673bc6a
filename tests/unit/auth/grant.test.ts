import { createGrant, verifyGrant } from '@/lib/auth/grant';

describe('login grant', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  test('round-trips subject and session version for its kind only', () => {
    const grant = createGrant('applicant', 'acc-1', 4, now);
    expect(verifyGrant(grant, 'applicant', now)).toEqual({ subject: 'acc-1', sessionVersion: 4 });
    expect(verifyGrant(grant, 'staff', now)).toBeNull();
  });

  test('expires after a minute', () => {
    const grant = createGrant('staff', 's-1', 1, now);
    expect(verifyGrant(grant, 'staff', new Date(now.getTime() + 61_000))).toBeNull();
  });

  test('a tampered payload or signature is refused', () => {
    const [data, mac] = createGrant('applicant', 'acc-1', 1, now).split('.');
    const forged = Buffer.from(JSON.stringify({ k: 'applicant', s: 'acc-2', v: 1, exp: 9e9 })).toString(
      'base64url',
    );
    expect(verifyGrant(`${forged}.${mac}`, 'applicant', now)).toBeNull();
    expect(verifyGrant(`${data}.${mac.slice(0, -2)}xx`, 'applicant', now)).toBeNull();
    expect(verifyGrant('garbage', 'applicant', now)).toBeNull();
  });
});
