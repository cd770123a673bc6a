import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { staffUsers, type StaffUser } from '@/db/schema';
import { normalizeDigits } from '@/lib/formats/digits';
import { tryPassword, type PasswordRefusal } from '@/lib/accounts/sign-in/login-attempts';

export type AuthenticateStaffResult = { ok: true; staff: StaffUser } | PasswordRefusal;

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
  const outcome = await tryPassword(
    handle,
    { kind: 'staff', loginName: username, ...input },
    async () => {
      if (!username) return null;
      const [staff] = await handle
        .select()
        .from(staffUsers)
        .where(eq(staffUsers.username, username))
        .limit(1);
      // A disabled account, or one whose setup is not finished (no password or no second factor yet),
      // answers exactly like a wrong password, after the same hashing work.
      return staff?.passwordHash && staff.totpEnabledAt && !staff.disabledAt
        ? { holder: staff, passwordHash: staff.passwordHash }
        : null;
    },
    now,
  );
  return outcome.ok ? { ok: true, staff: outcome.holder } : outcome;
}
