import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffUsers, type StaffUser } from '@/db/schema';
import { normalizeDigits } from '@/lib/identity/digits';
import { gateAttempt, recordAttempt, subjectKey, THRESHOLDS } from './login-attempts';
import { verifyAgainstDummy, verifyPassword } from '@/lib/crypto/password';
import type { AuthenticateResult } from './authenticate';

export type AuthenticateStaffResult =
  { ok: true; staff: StaffUser } | Exclude<AuthenticateResult, { ok: true }>;

/**
 * Step 1 of a staff sign-in (the password), with the applicants' defences at stricter thresholds.
 * Success only leads to the second-factor step (lib/staff/sign-in-staff.ts), never to a session.
 */
export async function authenticateStaff(
  input: {
    username: string;
    password: string;
    clientHash: string;
    captchaAnswer?: string;
  },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<AuthenticateStaffResult> {
  const handle = db ?? (await getDb());
  const username = normalizeDigits(String(input.username ?? ''))
    .trim()
    .toLowerCase()
    .slice(0, 100);
  const subject = subjectKey('staff', username);
  const gate = await gateAttempt(
    handle,
    {
      kind: 'staff',
      subject,
      clientHash: input.clientHash,
      captchaAnswer: input.captchaAnswer,
    },
    now,
  );
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
  const [staff] = username
    ? await handle.select().from(staffUsers).where(eq(staffUsers.username, username)).limit(1)
    : [];
  const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
  // A disabled account, or one whose setup is not finished (no password or no second factor yet),
  // answers exactly like a wrong password, after the same hashing work.
  const usable = staff && staff.passwordHash && staff.totpEnabledAt && !staff.disabledAt ? staff : null;
  const valid = usable
    ? await verifyPassword(usable.passwordHash!, password)
    : await verifyAgainstDummy(password);
  await recordAttempt(
    handle,
    { kind: 'staff', subject, clientHash: input.clientHash, success: valid, staffId: usable?.id },
    now,
  );
  if (valid && usable) return { ok: true, staff: usable };
  return {
    ok: false,
    reason: 'invalid',
    captchaRequired: gate.failures + 1 >= THRESHOLDS.staff.captchaAfter,
  };
}
