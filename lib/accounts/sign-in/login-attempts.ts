import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { recordAuditEvent, type AuditType } from '@/lib/audit/record-event';
import { verifyHumanCheck } from '@/lib/captcha';
import { keyedHash } from '@/lib/crypto/keyed-hash';
import { verifyAgainstDummy, verifyPassword } from '@/lib/crypto/password';
import { enforce, resetPolicy } from '@/lib/rate-limit/policies';

/**
 * The guessing defences shared by applicant and staff sign-in, driven by the audit log (so they hold
 * across instances and restarts):
 * - failures are counted per login name (as a keyed hash, the same for existing and unknown names, so
 *   the defences themselves reveal nothing) and per client address, over a 15-minute window;
 * - from the 3rd failure on, a captcha is required and each further try waits 2^(n-2) seconds after
 *   the last failure (2, 4, 8 … capped at 15 minutes);
 * - a client address gets the growing wait only after 10 failures, because a university's NAT puts
 *   many honest students behind one address; its captcha still starts at 3;
 * - the loginPerAccount / loginPerClient policies are hard ceilings on attempts on top of that.
 */
export const FAILURE_WINDOW_SECONDS = 15 * 60;
export const CAPTCHA_AFTER_FAILURES = 3;
export const SUBJECT_DELAY_AFTER_FAILURES = 3;
export const CLIENT_DELAY_AFTER_FAILURES = 10;
export const MAX_DELAY_SECONDS = 15 * 60;

/**
 * Staff accounts see every applicant of a university: their guessing defences are stricter. The
 * captcha and the growing wait start at the 2nd failure (per name) and at the 5th per address, and
 * the second factor has its own lockout (lib/staff/sign-in-staff.ts).
 */
export const THRESHOLDS = {
  applicant: {
    captchaAfter: CAPTCHA_AFTER_FAILURES,
    subjectDelayAfter: SUBJECT_DELAY_AFTER_FAILURES,
    clientDelayAfter: CLIENT_DELAY_AFTER_FAILURES,
  },
  staff: { captchaAfter: 2, subjectDelayAfter: 2, clientDelayAfter: 5 },
} as const;

/** Seconds to wait after the last failure, given the failures in the window. Pure. */
export function loginDelaySeconds(failures: number, delayAfter: number): number {
  if (failures < delayAfter) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - delayAfter + 1));
}

/** A keyed pseudonym of the typed login name: lets unknown names be throttled without storing them. */
export function subjectKey(kind: 'applicant' | 'staff', loginName: string): string {
  return keyedHash(['login-subject', kind, loginName], { length: 32 });
}

interface FailureStats {
  count: number;
  last: Date | null;
}

async function failuresFor(
  db: DbOrTx,
  types: { failure: AuditType; success: AuditType },
  match: 'subject' | 'client',
  key: string,
  now: Date,
): Promise<FailureStats> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_SECONDS * 1000);
  const keyed =
    match === 'subject' ? sql`${auditEvents.meta}->>'subject' = ${key}` : eq(auditEvents.clientHash, key);
  // For a login name, a success wipes the slate: only failures after the latest success count.
  const afterSuccess =
    match === 'subject'
      ? sql`${auditEvents.createdAt} > coalesce((select max(s.created_at) from audit_events s where s.type = ${types.success} and s.meta->>'subject' = ${key} and s.created_at > ${since.toISOString()}), ${since.toISOString()})`
      : sql`true`;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, last: sql<string | null>`max(${auditEvents.createdAt})` })
    .from(auditEvents)
    .where(and(eq(auditEvents.type, types.failure), gt(auditEvents.createdAt, since), keyed, afterSuccess));
  return { count: Number(row?.count ?? 0), last: row?.last ? new Date(row.last) : null };
}

export interface AttemptGate {
  ok: boolean;
  /** Set when the attempt must not proceed: 'throttled' (wait) or 'captcha' (missing or wrong). */
  reason?: 'throttled' | 'captcha';
  retryAfterSeconds?: number;
  captchaRequired: boolean;
  failures: number;
}

/** Decides whether a sign-in attempt may check a password at all. */
export async function gateAttempt(
  db: DbOrTx,
  input: {
    kind: 'applicant' | 'staff';
    subject: string;
    clientHash: string;
    /** The human check's proof (the form's `altcha` field), needed from the 3rd failure on. */
    captchaAnswer?: string;
  },
  now: Date,
): Promise<AttemptGate> {
  const types = typesFor(input.kind);
  const [bySubject, byClient] = await Promise.all([
    failuresFor(db, types, 'subject', input.subject, now),
    failuresFor(db, types, 'client', input.clientHash, now),
  ]);
  const failures = Math.max(bySubject.count, byClient.count);
  const limits = THRESHOLDS[input.kind];
  const captchaRequired = failures >= limits.captchaAfter;
  const waitUntil = Math.max(
    untilMs(bySubject, loginDelaySeconds(bySubject.count, limits.subjectDelayAfter)),
    untilMs(byClient, loginDelaySeconds(byClient.count, limits.clientDelayAfter)),
  );
  if (waitUntil > now.getTime()) {
    const retryAfterSeconds = Math.max(1, Math.ceil((waitUntil - now.getTime()) / 1000));
    return { ok: false, reason: 'throttled', retryAfterSeconds, captchaRequired, failures };
  }
  if (captchaRequired && !(await verifyHumanCheck(input.captchaAnswer, 'login', now))) {
    return { ok: false, reason: 'captcha', captchaRequired, failures };
  }
  const ceiling = await enforce(
    [
      { policy: 'loginPerAccount', key: `${input.kind}:${input.subject}` },
      { policy: 'loginPerClient', key: input.clientHash },
    ],
    now.getTime(),
  );
  if (!ceiling.ok) {
    return {
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: ceiling.retryAfterSeconds,
      captchaRequired,
      failures,
    };
  }
  return { ok: true, captchaRequired, failures };
}

function untilMs(stats: FailureStats, delaySeconds: number): number {
  return stats.last && delaySeconds > 0 ? stats.last.getTime() + delaySeconds * 1000 : 0;
}

function typesFor(kind: 'applicant' | 'staff'): { failure: AuditType; success: AuditType } {
  return kind === 'applicant'
    ? { failure: 'login_failure', success: 'login_success' }
    : { failure: 'staff_login_failure', success: 'staff_login_success' };
}

export async function recordAttempt(
  db: DbOrTx,
  input: {
    kind: 'applicant' | 'staff';
    subject: string;
    clientHash: string;
    success: boolean;
    accountId?: string | null;
    staffId?: string | null;
  },
  now: Date,
): Promise<void> {
  const types = typesFor(input.kind);
  const meta: Record<string, string> = { subject: input.subject };
  if (input.staffId) meta.staffId = input.staffId;
  await recordAuditEvent(
    {
      type: input.success ? types.success : types.failure,
      accountId: input.kind === 'applicant' ? (input.accountId ?? null) : null,
      clientHash: input.clientHash,
      meta,
    },
    { now, db },
  );
  if (input.success) await resetPolicy('loginPerAccount', `${input.kind}:${input.subject}`);
}

/** Why a password try did not sign anyone in; one 'invalid' whatever went wrong with name or password. */
export type PasswordRefusal =
  | { ok: false; reason: 'invalid'; captchaRequired: boolean }
  | { ok: false; reason: 'captcha'; captchaRequired: true }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number; captchaRequired: boolean };

/**
 * One password try, the same for applicants and staff: the gate (captcha, growing wait, ceilings),
 * then the lookup, then argon2id against the holder's hash — or against a dummy when `find` finds
 * nobody who may sign in, so an unknown name costs the same work — and the attempt recorded.
 */
export async function tryPassword<T extends { id: string }>(
  db: DbOrTx,
  input: {
    kind: 'applicant' | 'staff';
    loginName: string;
    password: unknown;
    clientHash: string;
    captchaAnswer?: string;
  },
  find: () => Promise<{ holder: T; passwordHash: string } | null>,
  now: Date,
): Promise<{ ok: true; holder: T } | PasswordRefusal> {
  const { kind, clientHash } = input;
  const subject = subjectKey(kind, input.loginName);
  const gate = await gateAttempt(db, { kind, subject, clientHash, captchaAnswer: input.captchaAnswer }, now);
  if (!gate.ok) {
    return gate.reason === 'captcha'
      ? { ok: false, reason: 'captcha', captchaRequired: true }
      : {
          ok: false,
          reason: 'throttled',
          retryAfterSeconds: gate.retryAfterSeconds ?? 1,
          captchaRequired: gate.captchaRequired,
        };
  }
  const found = await find();
  const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
  const valid = found
    ? await verifyPassword(found.passwordHash, password)
    : await verifyAgainstDummy(password);
  const holderId = found?.holder.id;
  await recordAttempt(
    db,
    {
      kind,
      subject,
      clientHash,
      success: valid,
      ...(kind === 'staff' ? { staffId: holderId } : { accountId: holderId }),
    },
    now,
  );
  if (valid && found) return { ok: true, holder: found.holder };
  return {
    ok: false,
    reason: 'invalid',
    captchaRequired: gate.failures + 1 >= THRESHOLDS[kind].captchaAfter,
  };
}
