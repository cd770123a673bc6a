import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { verificationCodes } from '@/db/schema';
import { env } from '@/lib/env';
import { CODE_LENGTH, codeMatches, generateCode, hashCode, MAX_ATTEMPTS } from './code';

/**
 * One mechanism for every one-time code (SMS, voice call, email): a row per purpose and target,
 * replaced when a new code is issued, so the newest code is the only valid one.
 */
export type CodePurpose =
  'register-mobile' | 'register-email' | 'reset-password' | 'change-mobile' | 'change-email';
export type CodeChannel = 'sms' | 'voice' | 'email';

export type IssuedCode =
  | { ok: true; code: string; expiresAt: Date }
  /** A code for this purpose and target is still live (unexpired, unused, not locked): nothing issued. */
  | { ok: false; liveUntil: Date };

/**
 * Issues a code, one per lifetime: the upsert replaces the previous row only when that code is
 * expired, used, locked, or voided because its delivery failed. The rule lives in the statement
 * itself (the unique index serializes concurrent issues), so no limiter window edge and no race
 * between instances can put two live codes on their way to one target.
 */
export async function issueCode(
  purpose: CodePurpose,
  target: string,
  channel: CodeChannel,
  now: Date = new Date(),
  db?: DbOrTx,
): Promise<IssuedCode> {
  const handle = db ?? (await getDb());
  const code = generateCode();
  const expiresAt = new Date(now.getTime() + env().OTP_TTL_SECONDS * 1000);
  const values = {
    purpose,
    target,
    channel,
    codeHash: hashCode(purpose, target, code),
    attempts: 0,
    expiresAt,
    consumedAt: null,
    verifiedAt: null,
    createdAt: now,
  };
  const written = await handle
    .insert(verificationCodes)
    .values(values)
    .onConflictDoUpdate({
      target: [verificationCodes.purpose, verificationCodes.target],
      set: values,
      setWhere: sql`${verificationCodes.expiresAt} <= ${now.toISOString()}::timestamptz or ${verificationCodes.consumedAt} is not null or ${verificationCodes.attempts} >= ${MAX_ATTEMPTS}`,
    })
    .returning({ id: verificationCodes.id });
  if (written.length === 1) return { ok: true, code, expiresAt };
  const [live] = await handle
    .select({ expiresAt: verificationCodes.expiresAt })
    .from(verificationCodes)
    .where(and(eq(verificationCodes.purpose, purpose), eq(verificationCodes.target, target)))
    .limit(1);
  return { ok: false, liveUntil: live?.expiresAt ?? expiresAt };
}

/** Whole seconds until a live code ends (at least 1): the wait a refused request is told. */
export const secondsUntil = (until: Date, now: Date): number =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export type CheckResult = 'ok' | 'invalid' | 'expired' | 'missing' | 'locked';

/**
 * Checks a code and, when it matches, consumes it (single use). A wrong code costs one attempt;
 * after MAX_ATTEMPTS the code is void even if the right one follows. The attempt is counted BEFORE
 * the comparison, by one atomic `UPDATE … SET attempts = attempts + 1 WHERE attempts < max RETURNING`:
 * only a guess that won a try gets compared, so concurrent guesses get at most MAX_ATTEMPTS
 * comparisons between them. A right code gives its try back.
 * Pass `consume: false` to check without using the code up (e.g. to verify before a multi-field
 * submit that may still fail validation); consume it later with consumeCode inside the transaction.
 */
export async function checkCode(
  purpose: CodePurpose,
  target: string,
  code: string,
  { now = new Date(), consume = true, db }: { now?: Date; consume?: boolean; db?: DbOrTx } = {},
): Promise<CheckResult> {
  const handle = db ?? (await getDb());
  const live = and(
    eq(verificationCodes.purpose, purpose),
    eq(verificationCodes.target, target),
    isNull(verificationCodes.consumedAt),
    gt(verificationCodes.expiresAt, now),
  );
  const [counted] = await handle
    .update(verificationCodes)
    .set({ attempts: sql`${verificationCodes.attempts} + 1` })
    .where(and(live, sql`${verificationCodes.attempts} < ${MAX_ATTEMPTS}`))
    .returning({
      id: verificationCodes.id,
      codeHash: verificationCodes.codeHash,
      attempts: verificationCodes.attempts,
    });
  if (!counted) return whyNoTry(handle, purpose, target, now);
  const wellFormed = typeof code === 'string' && code.length === CODE_LENGTH && /^\d+$/.test(code);
  if (!wellFormed || !codeMatches(purpose, target, code, counted.codeHash)) {
    return counted.attempts >= MAX_ATTEMPTS ? 'locked' : 'invalid';
  }
  // The right code: the try is given back, and the code is used up here unless the caller consumes it
  // later inside its own transaction.
  const [settled] = await handle
    .update(verificationCodes)
    .set({
      attempts: sql`${verificationCodes.attempts} - 1`,
      ...(consume ? { consumedAt: now } : {}),
    })
    .where(and(eq(verificationCodes.id, counted.id), isNull(verificationCodes.consumedAt)))
    .returning({ id: verificationCodes.id });
  return settled ? 'ok' : 'missing';
}

/** Why a check got no try: no live code, an expired one, or one whose tries are used up. */
async function whyNoTry(
  handle: DbOrTx,
  purpose: CodePurpose,
  target: string,
  now: Date,
): Promise<CheckResult> {
  const [row] = await handle
    .select({
      consumedAt: verificationCodes.consumedAt,
      expiresAt: verificationCodes.expiresAt,
      attempts: verificationCodes.attempts,
    })
    .from(verificationCodes)
    .where(and(eq(verificationCodes.purpose, purpose), eq(verificationCodes.target, target)))
    .limit(1);
  if (!row || row.consumedAt) return 'missing';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'locked';
}

/**
 * Marks the live code used; false if it is gone, expired, locked or another request consumed it
 * first (the loser of a race). Call it inside the transaction that acts on the verified code.
 */
export async function consumeCode(
  purpose: CodePurpose,
  target: string,
  now: Date,
  db: DbOrTx,
): Promise<boolean> {
  const updated = await db
    .update(verificationCodes)
    .set({ consumedAt: now })
    .where(
      and(
        eq(verificationCodes.purpose, purpose),
        eq(verificationCodes.target, target),
        isNull(verificationCodes.consumedAt),
        gt(verificationCodes.expiresAt, now),
        sql`${verificationCodes.attempts} < ${MAX_ATTEMPTS}`,
      ),
    )
    .returning({ id: verificationCodes.id });
  return updated.length === 1;
}

/** The live code's expiry for a target, so the page can show the countdown the server enforces. */
export async function activeCodeExpiry(
  purpose: CodePurpose,
  target: string,
  now: Date = new Date(),
): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ expiresAt: verificationCodes.expiresAt, consumedAt: verificationCodes.consumedAt })
    .from(verificationCodes)
    .where(and(eq(verificationCodes.purpose, purpose), eq(verificationCodes.target, target)))
    .limit(1);
  if (!row || row.consumedAt || row.expiresAt <= now) return null;
  return row.expiresAt;
}
