import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { captchaChallenges } from '@/db/schema';
import { authSecret, env } from '@/lib/env';
import { normalizeDigits } from '@/lib/identity/digits';

/** A challenge lives as long as a form is reasonably open. */
export const CAPTCHA_TTL_SECONDS = 15 * 60;

function hashAnswer(id: string, answer: string): string {
  return createHmac('sha256', authSecret()).update(`captcha\u0000${id}\u0000${answer}`).digest('base64url');
}

/** Digits only: typeable on a Persian keyboard (Persian digits are normalized), no confusable letters. */
function normalizeAnswer(answer: string): string {
  return normalizeDigits(answer).replace(/\s+/g, '');
}

export interface Challenge {
  id: string;
  /** The image as a data: URL (img-src allows data:, no extra request or route). */
  image: string;
}

export async function createCaptcha(now: Date = new Date()): Promise<Challenge> {
  const { default: svgCaptcha } = await import('svg-captcha');
  const { data, text } = svgCaptcha.create({
    size: 5,
    charPreset: '23456789',
    noise: 2,
    color: false,
    background: '#ffffff',
    width: 160,
    height: 56,
    fontSize: 56,
  });
  const db = await getDb();
  const id = randomUUID();
  await db.insert(captchaChallenges).values({
    id,
    answerHash: hashAnswer(id, text),
    expiresAt: new Date(now.getTime() + CAPTCHA_TTL_SECONDS * 1000),
    createdAt: now,
  });
  // Old challenges are useless; trimming them here keeps the table small without a cron job.
  await db
    .delete(captchaChallenges)
    .where(lt(captchaChallenges.expiresAt, new Date(now.getTime() - 3600_000)));
  return { id, image: `data:image/svg+xml;base64,${Buffer.from(data).toString('base64')}` };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Single use: the challenge is burnt by the first answer, right or wrong, so an image cannot be
 * guessed at repeatedly; the form shows a new one after a failed submit.
 * CAPTCHA_TEST_ANSWER (automated tests only) is accepted for any challenge.
 */
export async function verifyCaptcha(id: unknown, answer: unknown, now: Date = new Date()): Promise<boolean> {
  if (typeof answer !== 'string' || answer.length === 0 || answer.length > 64) return false;
  const testAnswer = env().CAPTCHA_TEST_ANSWER;
  if (testAnswer && answer.trim() === testAnswer) return true;
  if (typeof id !== 'string' || !UUID.test(id)) return false;
  const db = await getDb();
  const [row] = await db
    .update(captchaChallenges)
    .set({ usedAt: now })
    .where(
      and(
        eq(captchaChallenges.id, id),
        isNull(captchaChallenges.usedAt),
        gt(captchaChallenges.expiresAt, now),
      ),
    )
    .returning({ answerHash: captchaChallenges.answerHash });
  if (!row) return false;
  const expected = Buffer.from(row.answerHash);
  const given = Buffer.from(hashAnswer(id, normalizeAnswer(answer)));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
