import 'server-only';
import { randomBytes } from 'node:crypto';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authSecret } from '@/lib/env';
import { verifyGrant } from './grant';
import {
  IDLE_TIMEOUT_SECONDS,
  isWithinAbsoluteLifetime,
  parseClaims,
  type SessionKind,
} from './session-policy';

function grantProvider(kind: SessionKind) {
  return Credentials({
    id: kind,
    name: kind,
    credentials: { grant: {} },
    authorize: async (credentials) => {
      const granted = verifyGrant(credentials?.grant, kind);
      if (!granted) return null;
      // Only the id travels into the token (no name, no email): the cookie carries no personal data.
      return {
        id: granted.subject,
        sessionVersion: granted.sessionVersion,
        sessionId: granted.sessionId,
      } as { id: string };
    },
  });
}

/**
 * next-auth configuration (JWT sessions). The configuration is a function so the secret is read per
 * request: in development it is generated into the data directory on first use.
 *
 * Cookies are next-auth's defaults: HttpOnly, SameSite=Lax, Path=/, and Secure with the __Secure-
 * prefix whenever the request arrived over https (behind a TLS proxy via X-Forwarded-Proto, hence
 * trustHost); plain-http localhost (development, e2e) gets the same cookie without Secure.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: {
    strategy: 'jwt',
    // Idle timeout: the cookie and token expire this long after the last request that refreshed them.
    maxAge: IDLE_TIMEOUT_SECONDS,
    // Re-issue on every read, so activity keeps extending the idle window.
    updateAge: 0,
  },
  pages: { signIn: '/fa/login', error: '/fa/login' },
  providers: [grantProvider('applicant'), grantProvider('staff')],
  callbacks: {
    jwt({ token, user, account }) {
      if (user && account) {
        return {
          sub: user.id,
          kind: account.provider as SessionKind,
          sv: (user as { sessionVersion?: number }).sessionVersion ?? 0,
          authTime: Math.floor(Date.now() / 1000),
          // Staff sessions are named by their staff_sessions row; an applicant's gets its own random id,
          // so signing out can end either on the server (lib/auth/ended-sessions.ts).
          sid: (user as { sessionId?: string }).sessionId ?? randomBytes(18).toString('base64url'),
        };
      }
      // The absolute lifetime is enforced here, whatever the idle refreshes did to the expiry.
      if (!isWithinAbsoluteLifetime(token.authTime)) return null;
      return token;
    },
    session({ session, token }) {
      const claims = parseClaims({
        subject: token.sub,
        kind: token.kind,
        sessionVersion: token.sv,
        authTime: token.authTime,
        sessionId: token.sid,
      });
      return { ...session, user: undefined, claims } as unknown as typeof session;
    },
  },
}));
