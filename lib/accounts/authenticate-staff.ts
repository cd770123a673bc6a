import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffUsers, type StaffUser } from '@/db/schema';
import { normalizeDigits } from '@/lib/identity/digits';
import { CAPTCHA_AFTER_FAILURES, gateAttempt, recordAttempt, subjectKey } from './login-attempts';
import { verifyAgainstDummy, verifyPassword } from './password';
import type { AuthenticateResult } from './authenticate';

export type AuthenticateStaffResult =
  { ok: true; staff: StaffUser } | Exclude<AuthenticateResult, { ok: true }>;

/** University staff and administrators: the same defences as applicants, on the staff_users table. */
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
  const valid = staff
    ? await verifyPassword(staff.passwordHash, password)
    : await verifyAgainstDummy(password);
  await recordAttempt(
    handle,
    { kind: 'staff', subject, clientHash: input.clientHash, success: valid, staffId: staff?.id },
    now,
  );
  if (valid && staff) return { ok: true, staff };
  return { ok: false, reason: 'invalid', captchaRequired: gate.failures + 1 >= CAPTCHA_AFTER_FAILURES };
}
