import {
  ABSOLUTE_LIFETIME_SECONDS,
  isSessionCurrent,
  isStaffSessionFresh,
  isWithinAbsoluteLifetime,
  parseClaims,
  safeReturnPath,
  STAFF_IDLE_TIMEOUT_SECONDS,
} from '@/lib/auth/session-policy';

const now = new Date('2026-03-01T10:00:00Z');
const nowSeconds = Math.floor(now.getTime() / 1000);

describe('isSessionCurrent', () => {
  test('accepts a token whose version matches the account', () => {
    expect(
      isSessionCurrent({ sessionVersion: 3, authTime: nowSeconds - 60 }, { sessionVersion: 3 }, now),
    ).toBe(true);
  });

  test('refuses a token issued before a password change (older sessionVersion)', () => {
    expect(
      isSessionCurrent({ sessionVersion: 2, authTime: nowSeconds - 60 }, { sessionVersion: 3 }, now),
    ).toBe(false);
  });

  test('refuses when the account no longer exists', () => {
    expect(isSessionCurrent({ sessionVersion: 1, authTime: nowSeconds }, null, now)).toBe(false);
  });

  test('refuses after the absolute lifetime however active the session was', () => {
    const signedIn = nowSeconds - ABSOLUTE_LIFETIME_SECONDS;
    expect(isSessionCurrent({ sessionVersion: 1, authTime: signedIn + 1 }, { sessionVersion: 1 }, now)).toBe(
      true,
    );
    expect(isSessionCurrent({ sessionVersion: 1, authTime: signedIn }, { sessionVersion: 1 }, now)).toBe(
      false,
    );
  });

  test('refuses a sign-in time in the future or missing', () => {
    expect(isWithinAbsoluteLifetime(nowSeconds + 3600, now)).toBe(false);
    expect(isWithinAbsoluteLifetime(undefined, now)).toBe(false);
  });
});

describe('parseClaims', () => {
  test('reads well-formed claims and rejects anything else', () => {
    const claims = {
      subject: 'a',
      kind: 'applicant',
      sessionVersion: 1,
      authTime: 5,
      sessionId: 'abcdefghijklmnopqrstuvwx',
    };
    expect(parseClaims(claims)).toEqual(claims);
    expect(parseClaims({ ...claims, sessionId: undefined })).toBeNull();
    expect(parseClaims({ ...claims, sessionId: 'short' })).toBeNull();
    expect(parseClaims({ ...claims, kind: 'root' })).toBeNull();
    expect(parseClaims({ ...claims, sessionVersion: '1' })).toBeNull();
    expect(parseClaims(null)).toBeNull();
  });
});

describe('safeReturnPath (no open redirect)', () => {
  test.each([
    ['/fa/dashboard/profile?step=2', '/fa/dashboard/profile?step=2'],
    ['//evil.example/x', '/fa/dashboard'],
    ['/\\evil.example', '/fa/dashboard'],
    ['https://evil.example', '/fa/dashboard'],
    ['javascript:alert(1)', '/fa/dashboard'],
    ['/fa/\u0000x', '/fa/dashboard'],
    [undefined, '/fa/dashboard'],
  ])('%p → %p', (input, expected) => {
    expect(safeReturnPath(input, '/fa/dashboard')).toBe(expected);
  });
});

describe('isStaffSessionFresh (staff sessions idle out after 15 minutes)', () => {
  const seen = (msAgo: number) => ({ lastSeenAt: new Date(now.getTime() - msAgo), endedAt: null });
  test('a session used 14 minutes ago is open; 15 minutes ago it has ended', () => {
    expect(STAFF_IDLE_TIMEOUT_SECONDS).toBe(15 * 60);
    expect(isStaffSessionFresh(seen(14 * 60_000), now)).toBe(true);
    expect(isStaffSessionFresh(seen(15 * 60_000), now)).toBe(false);
  });
  test('an ended session (sign-out) or a missing one is never fresh', () => {
    expect(isStaffSessionFresh({ lastSeenAt: now, endedAt: now }, now)).toBe(false);
    expect(isStaffSessionFresh(null, now)).toBe(false);
  });
  test('staff claims carry their staff_sessions row id; every session needs an id', () => {
    const base = { subject: 'x', sessionVersion: 1, authTime: nowSeconds };
    const row = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(parseClaims({ ...base, kind: 'staff', sessionId: row })?.sessionId).toBe(row);
    expect(parseClaims({ ...base, kind: 'staff' })).toBeNull();
    expect(parseClaims({ ...base, kind: 'applicant' })).toBeNull();
  });
});
