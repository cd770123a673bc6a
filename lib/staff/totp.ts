import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { normalizeDigits } from '@/lib/formats/digits';

/** RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Student Affairs Portal';

function totpFor(base32: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** A fresh 160-bit secret in base32 (what the person types when they cannot scan the QR code). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and the same as an SVG QR code, rendered on the server (no script, strict CSP). */
export async function enrollmentOf(
  base32: string,
  username: string,
): Promise<{ uri: string; qrSvg: string }> {
  const uri = totpFor(base32, username).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrSvg };
}

/** The current time step (what "used once" is measured in). */
export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The time step a code belongs to, accepting one step of clock drift either way, or null when the code
 * is wrong. The caller records the step so the same code is never accepted twice.
 */
export function matchTotp(base32: string, code: string, now: Date): number | null {
  const token = normalizeDigits(code).replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(base32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

/** Ten recovery codes of 10 base32 characters (50 bits each), shown once, as XXXXX-XXXXX. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes are compared in one canonical form: no dashes or spaces, upper case, ASCII digits. */
export function canonicalRecoveryCode(input: string): string {
  return normalizeDigits(input).replace(/[\s-]/g, '').toUpperCase();
}

export function hashRecoveryCode(code: string): string {
  return keyedHash(['staff-recovery', canonicalRecoveryCode(code)]);
}

/** Setup tokens: 256 random bits in the link, only their SHA-256 in the database. */
export function newSetupToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSetupToken(token) };
}

export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export const SETUP_LINK_TTL_MS = 24 * 60 * 60 * 1000;
