import 'server-only';
import { and, eq, isNotNull, or } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { verifyHumanCheck } from '@/lib/captcha';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeMobile } from '@/lib/formats/mobile';
import { notify } from '@/lib/notify';
import { enforce } from '@/lib/rate-limit/policies';
import { subjectKey } from '@/lib/accounts/sign-in/login-attempts';
import { usernameForText } from '@/lib/accounts/registration/username-for-text';

export type RemindUsernameResult =
  | { ok: true }
  | { ok: false; reason: 'humanCheck' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Forgotten username: given a verified mobile or email, the username goes to the account's
 * registered email (never shown on the page). Same answer whether or not anything matched.
 */
export async function remindUsername(
  input: { contact: string; clientHash: string; humanCheck: unknown },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<RemindUsernameResult> {
  // Every email this sends costs a solved human check, checked before anything is looked up.
  if (!(await verifyHumanCheck(input.humanCheck, 'recovery', now)))
    return { ok: false, reason: 'humanCheck' };
  const handle = db ?? (await getDb());
  const mobile = normalizeMobile(input.contact);
  const email = mobile ? null : normalizeEmail(input.contact);
  const key = subjectKey('applicant', `contact:${mobile ?? email ?? input.contact.trim().toLowerCase()}`);
  const limit = await enforce(
    [
      { policy: 'recoveryPerClient', key: input.clientHash },
      { policy: 'otpSendPerTarget', key: `username:${key}` },
    ],
    now.getTime(),
  );
  if (!limit.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: limit.retryAfterSeconds };
  const condition = mobile
    ? and(eq(accounts.mobile, mobile), isNotNull(accounts.mobileVerifiedAt))
    : email
      ? and(eq(accounts.email, email), isNotNull(accounts.emailVerifiedAt))
      : undefined;
  const matches = condition
    ? await handle
        .select({
          id: accounts.id,
          username: accounts.username,
          email: accounts.email,
          locale: accounts.locale,
        })
        .from(accounts)
        .where(or(condition))
        .limit(5)
    : [];
  await handle.transaction(async (tx) => {
    for (const account of matches) {
      await notify(tx, {
        template: 'usernameReminder',
        locale: account.locale,
        to: { email: account.email },
        values: { username: usernameForText(account.username, account.locale) },
      });
    }
    await recordAuditEvent(
      {
        type: 'username_reminder_requested',
        accountId: matches[0]?.id ?? null,
        clientHash: input.clientHash,
      },
      { now, db: tx },
    );
  });
  return { ok: true };
}
