import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, type Account } from '@/db/schema';
import { loginNameOf } from '@/lib/accounts/sign-in/authenticate';
import { subjectKey } from '@/lib/accounts/sign-in/login-attempts';

/**
 * Where a recovery code for this login name goes: the account's VERIFIED mobile (sms, voice) or
 * email. For an unknown name (or an unverified address) a placeholder target that nobody receives,
 * so the caller does the same work and gives the same answer.
 */
export async function recoveryTarget(
  db: DbOrTx,
  identifier: string,
  channel: 'sms' | 'voice' | 'email',
): Promise<{ account: Account | null; target: string; subject: string; real: boolean }> {
  const loginName = loginNameOf(identifier);
  const subject = subjectKey('applicant', loginName);
  const [account] = loginName
    ? await db.select().from(accounts).where(eq(accounts.username, loginName)).limit(1)
    : [];
  const address =
    account &&
    (channel === 'email'
      ? account.emailVerifiedAt && account.email
      : account.mobileVerifiedAt && account.mobile);
  if (account && address) return { account, target: address, subject, real: true };
  return { account: null, target: `void:${subject}`, subject, real: false };
}
