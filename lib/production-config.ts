import type { Env } from '@/lib/env';

/**
 * What a production server must have before it takes requests. Each problem is one message that
 * names the variable and says how to fix it; lib/server-start.ts prints them all and exits non-zero.
 * Pure (the environment comes in), so each rule is unit-tested without starting a server.
 */
export function productionConfigProblems(e: Env): string[] {
  if (e.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!e.AUTH_SECRET) {
    problems.push(
      'AUTH_SECRET is not set. Set it to a random value of at least 32 characters (e.g. `openssl rand -base64 32`), ' +
        'the same on every instance: it signs the sessions.',
    );
  }
  if (!e.APP_URL) {
    problems.push(
      'APP_URL is not set. Set it to the public address of the portal (e.g. https://portal.saorg.ir): links in emails ' +
        'and the SMS WebOTP line must not be taken from request headers.',
    );
  }
  if (!e.PORTAL_CLIENT_TOKEN) {
    problems.push(
      'The server was not started with `npm start` (node server.mjs). Only server.mjs knows the client address; ' +
        'without it every client would share one rate-limit bucket. Start it with `npm start` ' +
        '(and TRUST_PROXY_HOPS=N behind N proxies).',
    );
  }
  const hasPhone = Boolean(e.KAVENEGAR_API_KEY);
  const hasMail = Boolean(e.RESEND_API_KEY || e.SMTP_URL);
  if ((!hasPhone || !hasMail) && e.OUTBOX_API !== true) {
    const missing = [
      !hasPhone && 'KAVENEGAR_API_KEY (SMS and calls)',
      !hasMail && 'RESEND_API_KEY or SMTP_URL (email)',
    ]
      .filter(Boolean)
      .join(' and ');
    problems.push(
      `No provider for ${missing}: one-time codes would be stored in plain text in the outbox table. Set ${missing}, ` +
        'or, for a test or demo server only, set OUTBOX_API=1 explicitly.',
    );
  }
  return problems;
}
