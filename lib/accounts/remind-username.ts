import 'server-only';
import { toPersianDigits } from '@/lib/identity/digits';
import { and, eq, isNotNull, or } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { sendEmail } from '@/lib/delivery';
import { normalizeEmail } from '@/lib/identity/email';
import { normalizeMobile } from '@/lib/identity/mobile';
import { enforce } from '@/lib/rate-limit/policies';
import { subjectKey } from './login-attempts';

export type RemindUsernameResult =
  { ok: true } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Forgotten username: given a verified mobile or email, the username goes to the account's
 * registered email (never shown on the page). Same answer whether or not anything matched.
 */
export async function remindUsername(
  input: { contact: string; clientHash: string },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<RemindUsernameResult> {
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
  for (const account of matches) {
    const fa = account.locale !== 'en';
    await sendEmail(
      account.email,
      fa ? 'نام کاربری شما در سامانه امور دانشجویان' : 'Your Student Affairs Portal username',
      fa
        ? `با سلام\nنام کاربری شما در پورتال سازمان امور دانشجویان: ${toPersianDigits(account.username)}\nبرای ورود از صفحه ورود سامانه اقدام نمایید.\nبا تشکر`
        : `Hello,\nYour username on the Student Affairs Portal is: ${account.username}\nUse it on the sign-in page.\nThank you`,
    );
  }
  await recordAuditEvent(
    { type: 'username_reminder_requested', accountId: matches[0]?.id ?? null, clientHash: input.clientHash },
    { now, db: handle },
  );
  return { ok: true };
}
