import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/env';
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

function sign(data: string): string {
  return createHmac('sha256', authSecret()).update(`login-grant\u0000${data}`).digest('base64url');
}

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
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${data}.${sign(data)}`;
}

export function verifyGrant(
  grant: unknown,
  kind: SessionKind,
  now = new Date(),
): { subject: string; sessionVersion: number; sessionId?: string } | null {
  if (typeof grant !== 'string' || grant.length > 1000) return null;
  const [data, mac] = grant.split('.');
  if (!data || !mac) return null;
  const expected = Buffer.from(sign(data));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as GrantPayload;
    if (payload.k !== kind || typeof payload.s !== 'string' || typeof payload.v !== 'number') return null;
    if (payload.exp < Math.floor(now.getTime() / 1000)) return null;
    return {
      subject: payload.s,
      sessionVersion: payload.v,
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    };
  } catch {
    return null;
  }
}
