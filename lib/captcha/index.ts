import 'server-only';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { humanCheckUses } from '@/db/schema';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { env } from '@/lib/env';

/**
 * The human check: a self-hosted proof-of-work challenge (ALTCHA). The browser's widget fetches a
 * signed challenge from /api/altcha, spends real CPU time finding its counter, and puts the proof in
 * the form's hidden `altcha` field; the server verifies it here. No image, no third party, nothing
 * for a screen-reader user to see: ticking the checkbox is all a person does.
 *
 * Each proof is bound to one purpose (signed inside the challenge) and passes once: its nonce is
 * recorded in human_check_uses, so a replayed or reused token is refused.
 */
export const HUMAN_CHECK_PURPOSES = ['register', 'login', 'recovery', 'contact'] as const;
export type HumanCheckPurpose = (typeof HUMAN_CHECK_PURPOSES)[number];

/** The form field the widget writes its proof into. */
export const HUMAN_CHECK_FIELD = 'altcha';

/** A challenge lives as long as a form is reasonably open. */
export const HUMAN_CHECK_TTL_SECONDS = 15 * 60;

/**
 * The work: PBKDF2-SHA-256 with 1,000 iterations per try, and the counter to find lies between 1,000
 * and 3,000 — about a second of one core for a browser (half that with two workers), and the same for
 * every single code request a script wants to make. Verifying costs the server one derivation.
 */
const ALGORITHM = 'PBKDF2/SHA-256';
const COST = 1_000;
const COUNTER_MIN = 1_000;
const COUNTER_MAX = 3_000;

/** A payload is a base64 JSON of a few hundred bytes; anything much longer is not one. */
const MAX_PAYLOAD_CHARS = 4_096;

function secret(label: string): string {
  return keyedHash(['human-check', label], { encoding: 'hex' });
}

export function isHumanCheckPurpose(value: unknown): value is HumanCheckPurpose {
  return typeof value === 'string' && (HUMAN_CHECK_PURPOSES as readonly string[]).includes(value);
}

export async function createHumanCheck(
  purpose: HumanCheckPurpose,
  now: Date = new Date(),
): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER_MAX, COUNTER_MIN),
    deriveKey,
    expiresAt: new Date(now.getTime() + HUMAN_CHECK_TTL_SECONDS * 1000),
    data: { purpose },
    hmacSignatureSecret: secret('signature'),
    hmacKeySignatureSecret: secret('key-signature'),
  });
}

function parsePayload(payload: string): { challenge: Challenge; solution: unknown } | null {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown;
    if (!value || typeof value !== 'object') return null;
    const { challenge, solution } = value as { challenge?: Challenge; solution?: unknown };
    if (!challenge || typeof challenge !== 'object' || !challenge.parameters) return null;
    if (!solution || typeof solution !== 'object') return null;
    return { challenge, solution };
  } catch {
    return null;
  }
}

/**
 * True once per solved challenge of this purpose. CAPTCHA_TEST_ANSWER (automated tests only) is a
 * fixed token that always passes; the server warns loudly at start and /api/health reports testMode.
 */
export async function verifyHumanCheck(
  payload: unknown,
  purpose: HumanCheckPurpose,
  now: Date = new Date(),
): Promise<boolean> {
  if (typeof payload !== 'string' || payload.length === 0 || payload.length > MAX_PAYLOAD_CHARS) return false;
  const testToken = env().CAPTCHA_TEST_ANSWER;
  if (testToken && payload.trim() === testToken) return true;
  const parsed = parsePayload(payload);
  if (!parsed) return false;
  const { challenge, solution } = parsed;
  if (challenge.parameters.data?.purpose !== purpose) return false;
  const expiresAt = challenge.parameters.expiresAt;
  // verifySolution checks expiry against the real clock; the injected one must agree too.
  if (typeof expiresAt !== 'number' || expiresAt * 1000 <= now.getTime()) return false;
  let verified = false;
  try {
    const result = await verifySolution({
      challenge,
      solution: solution as Parameters<typeof verifySolution>[0]['solution'],
      deriveKey,
      hmacSignatureSecret: secret('signature'),
      hmacKeySignatureSecret: secret('key-signature'),
    });
    verified = result.verified;
  } catch {
    verified = false;
  }
  if (!verified) return false;
  // Single use: the first to record the nonce wins; a replay (or a race of two) finds it taken.
  const db = await getDb();
  const claimed = await db
    .insert(humanCheckUses)
    .values({ id: challenge.parameters.nonce, purpose, expiresAt: new Date(expiresAt * 1000) })
    .onConflictDoNothing()
    .returning({ id: humanCheckUses.id });
  // Spent proofs past their expiry prove nothing any more; trimming here needs no cron job.
  await db.delete(humanCheckUses).where(lt(humanCheckUses.expiresAt, new Date(now.getTime() - 3_600_000)));
  return claimed.length === 1;
}
