import { randomBytes } from 'node:crypto';
import { createDevAccount } from '@/lib/accounts/registration/create-dev-account';
import { signOutEverywhere } from '@/lib/accounts/sign-in/sign-out-everywhere';
import { endSession } from '@/lib/auth/ended-sessions';
import type { SessionClaims } from '@/lib/auth/session-policy';
import { setupTestDatabase } from '../helpers/db';
import { randomValidNationalCode } from '../helpers/national-code';

/**
 * The session reads every signed-in request makes (getCurrentAccount) and /api/auth/session makes
 * (isSessionStillValid), against a real database, with the cookie's decoded claims stubbed: a session
 * signed out of, or older than "sign out everywhere", is refused by both at once.
 */
let cookieClaims: SessionClaims | null = null;
jest.mock('@/lib/auth', () => ({
  auth: async () => (cookieClaims ? { claims: cookieClaims } : null),
}));

import { getCurrentAccount, isSessionStillValid } from '@/lib/auth/session';

setupTestDatabase();

async function signedInApplicant() {
  const u = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const result = await createDevAccount({
    nationalCode: randomValidNationalCode(),
    password: 'Session-pass-11',
    mobile: `0936${u.slice(-7)}`,
    email: `s${u}@example.ir`,
  });
  if (!result.ok) throw new Error(result.error);
  const claims: SessionClaims = {
    subject: result.account.id,
    kind: 'applicant',
    sessionVersion: result.account.sessionVersion,
    authTime: Math.floor(Date.now() / 1000),
    sessionId: randomBytes(18).toString('base64url'),
  };
  return { account: result.account, claims };
}

test('a current session is accepted by both reads', async () => {
  const { account, claims } = await signedInApplicant();
  cookieClaims = claims;
  expect((await getCurrentAccount())?.id).toBe(account.id);
  expect(await isSessionStillValid(claims)).toBe(true);
});

test('signing out ends that session for both reads, and only that one', async () => {
  const { account, claims } = await signedInApplicant();
  const other = { ...claims, sessionId: randomBytes(18).toString('base64url') };
  await endSession(claims);
  cookieClaims = claims;
  expect(await getCurrentAccount()).toBeNull();
  expect(await isSessionStillValid(claims)).toBe(false);
  cookieClaims = other;
  expect((await getCurrentAccount())?.id).toBe(account.id);
  expect(await isSessionStillValid(other)).toBe(true);
});

test('"sign out everywhere" ends every earlier session at once', async () => {
  const { account, claims } = await signedInApplicant();
  await signOutEverywhere(account.id);
  cookieClaims = claims;
  expect(await getCurrentAccount()).toBeNull();
  expect(await isSessionStillValid(claims)).toBe(false);
  // A session issued after it carries the new version.
  const fresh = {
    ...claims,
    sessionVersion: claims.sessionVersion + 1,
    sessionId: randomBytes(18).toString('base64url'),
  };
  cookieClaims = fresh;
  expect((await getCurrentAccount())?.id).toBe(account.id);
  expect(await isSessionStillValid(fresh)).toBe(true);
});

test('an unknown holder or a staff claim on an applicant id is refused', async () => {
  const { claims } = await signedInApplicant();
  const unknown = { ...claims, subject: '00000000-0000-4000-8000-000000000000' };
  cookieClaims = unknown;
  expect(await getCurrentAccount()).toBeNull();
  expect(await isSessionStillValid(unknown)).toBe(false);
  cookieClaims = { ...claims, kind: 'staff' };
  expect(await getCurrentAccount()).toBeNull();
});
