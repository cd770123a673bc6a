import 'server-only';
import { readSignedToken, signToken } from '@/lib/crypto/signed-token';
import type { SessionKind } from './session-policy';

/**
 * The password is checked once, by the authenticate use-case (with throttling, captcha and audit);
 * next-auth's Credentials provider then only turns the outcome into a session. It receives this
 * short-lived grant, signed with the server secret, instead of the password: the grant is created and
 * consumed inside one server action and never reaches the browser, and a request forged against
 * /api/auth/callback/* without it gets no session.
 */
const GRANT_TTL_SECONDS = 60;

interface GrantPayload {
  k: SessionKind;
  s: string;
  v: number;
  exp: number;
  /** Staff: the server-side session this sign-in opened. */
  sid?: string;
}

const PURPOSE = 'login-grant';

export function createGrant(
  kind: SessionKind,
  subject: string,
  sessionVersion: number,
  now = new Date(),
  sessionId?: string,
): string {
  const payload: GrantPayload = {
    k: kind,
    s: subject,
    v: sessionVersion,
    exp: Math.floor(now.getTime() / 1000) + GRANT_TTL_SECONDS,
    ...(sessionId ? { sid: sessionId } : {}),
  };
  return signToken(PURPOSE, payload);
}

export function verifyGrant(
  grant: unknown,
  kind: SessionKind,
  now = new Date(),
): { subject: string; sessionVersion: number; sessionId?: string } | null {
  const payload = readSignedToken(PURPOSE, grant, 1000) as Partial<GrantPayload> | null;
  if (!payload || payload.k !== kind || typeof payload.s !== 'string' || typeof payload.v !== 'number')
    return null;
  if (typeof payload.exp !== 'number' || payload.exp < Math.floor(now.getTime() / 1000)) return null;
  return {
    subject: payload.s,
    sessionVersion: payload.v,
    ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
  };
}
