import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DEMO_SECRET_PREFIX } from '@/db/seed-data';
import { authSecret, isProduction } from '@/lib/env';

/**
 * Small secrets the server must read back (the TOTP seeds) are kept encrypted at rest with AES-256-GCM
 * under a key derived from AUTH_SECRET: a copy of the database alone does not give the second factor.
 */
function key(): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret(), 'staff-secret-box', 'totp-seed-v1', 32));
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    body.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

/** The plain text, or null when the box is malformed or was sealed under another secret. */
export function open(sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  // The seeded demo accounts' public secret: usable in development and tests, never in production.
  if (sealed.startsWith(DEMO_SECRET_PREFIX))
    return isProduction() ? null : sealed.slice(DEMO_SECRET_PREFIX.length);
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
