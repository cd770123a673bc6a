import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, auditEvents, type Account } from '@/db/schema';
import { verifyHumanCheck } from '@/lib/captcha';
import { notify } from '@/lib/notify';
import { enforcePhoneLimits } from '@/lib/rate-limit/phone-limits';
import { enforce, type PolicyName } from '@/lib/rate-limit/policies';
import type {
  ConfirmContactChangeInput,
  ContactKind,
  RequestContactCodeInput,
} from '@/lib/validation/contact-change';
import { refused, waitFor, type Outcome, type Refusal } from '@/lib/outcome';
import { env } from '@/lib/env';
import { activeCodeExpiry, checkCode, consumeCode, issueCode, secondsUntil } from '@/lib/verification/codes';
import { dashboardLink } from '@/lib/accounts/profile/dashboard-link';
import { verifyPassword } from '@/lib/crypto/password';
import { isUniqueViolation } from '@/db/errors';

/**
 * Changing the verified mobile or email (one use-case, two steps): the current password proves the
 * person at the keyboard owns the account, the code sent to the NEW address proves they own that
 * address, and a notice to the OLD address lets the real owner react if the session was stolen.
 */
const PURPOSE = { mobile: 'change-mobile', email: 'change-email' } as const;

type PasswordCheck = 'ok' | 'wrongPassword' | 'rateLimited';

async function loadAccount(accountId: string): Promise<Account | null> {
  const db = await getDb();
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  return account ?? null;
}

async function checkPassword(
  account: Account,
  password: string,
  now: Date,
): Promise<{ outcome: PasswordCheck; retryAfterSeconds?: number }> {
  const limit = await enforce([{ policy: 'contactChangePerAccount', key: account.id }], now.getTime());
  if (!limit.ok) return { outcome: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
  return { outcome: (await verifyPassword(account.passwordHash, password)) ? 'ok' : 'wrongPassword' };
}

function passwordFailure(check: { outcome: PasswordCheck; retryAfterSeconds?: number }): Refusal {
  return check.outcome === 'rateLimited'
    ? waitFor('rateLimited', check.retryAfterSeconds ?? 60)
    : refused('currentPasswordWrong', 'currentPassword');
}

/** Step 1: password checked, a code sent to the new address. */
export async function requestContactChangeCode(
  accountId: string,
  kind: ContactKind,
  input: RequestContactCodeInput,
  {
    now = new Date(),
    clientKey,
    humanCheck,
  }: {
    now?: Date;
    clientKey?: string;
    /** The human check's proof (`altcha`), spent here. */ humanCheck?: unknown;
  } = {},
): Promise<Outcome<{ expiresAt: string }>> {
  // Before the password is tried: a code to send, and a password guess, each cost a proof of work.
  if (!(await verifyHumanCheck(humanCheck, 'contact', now)))
    return refused(humanCheck ? 'captchaInvalid' : 'captchaRequired', 'altcha');
  const account = await loadAccount(accountId);
  if (!account) return refused('generic');
  const { newValue, currentPassword } = input;
  if (newValue === (kind === 'mobile' ? account.mobile : account.email)) {
    return refused(kind === 'mobile' ? 'newMobileSame' : 'newEmailSame', 'newValue');
  }
  const check = await checkPassword(account, currentPassword, now);
  if (check.outcome !== 'ok') return passwordFailure(check);

  const limited = (seconds: number) => waitFor('rateLimited', seconds);
  const live = await activeCodeExpiry(PURPOSE[kind], newValue, now);
  if (live) return limited(secondsUntil(live, now));
  const checks: Array<{ policy: PolicyName; key: string }> = [
    { policy: 'otpSendPerTarget', key: `${PURPOSE[kind]}:${newValue}` },
  ];
  if (clientKey) checks.push({ policy: 'otpSendPerClient', key: clientKey });
  const limit = await enforce(checks, now.getTime());
  if (!limit.ok) {
    return limit.unavailable ? refused('deliveryFailed') : limited(limit.retryAfterSeconds);
  }

  const channel = kind === 'mobile' ? 'sms' : 'email';
  // SMS pumping: refused before the transaction that would issue the code and queue its message.
  if (channel === 'sms') {
    const phone = await enforcePhoneLimits(newValue, 'sms', now.getTime());
    if (!phone.ok) {
      if (phone.reason === 'prefixLimited') return limited(phone.retryAfterSeconds);
      return refused(phone.reason === 'budgetExhausted' ? 'phoneBudgetExhausted' : 'deliveryFailed');
    }
  }
  const db = await getDb();
  const issued = await db.transaction(async (tx) => {
    const code = await issueCode(PURPOSE[kind], newValue, channel, now, tx);
    if (!code.ok) return code;
    await notify(tx, {
      template: 'contactChangeCode',
      locale: account.locale,
      channel,
      to: kind === 'mobile' ? { mobile: newValue } : { email: newValue },
      values: { minutes: Math.round(env().OTP_TTL_SECONDS / 60) },
      code: { value: code.code, purpose: PURPOSE[kind] },
    });
    return code;
  });
  if (!issued.ok) return limited(secondsUntil(issued.liveUntil, now));
  return { ok: true, expiresAt: issued.expiresAt.toISOString() };
}

/** Step 2: password and code checked, the address replaced, the old address told. */
export async function confirmContactChange(
  accountId: string,
  kind: ContactKind,
  input: ConfirmContactChangeInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<Outcome> {
  const account = await loadAccount(accountId);
  if (!account) return refused('generic');
  const { newValue, currentPassword, code } = input;

  const check = await checkPassword(account, currentPassword, now);
  if (check.outcome !== 'ok') return passwordFailure(check);
  const codeResult = await checkCode(PURPOSE[kind], newValue, code, { now, consume: false });
  if (codeResult !== 'ok') return refused('codeWrongOrExpired', 'code');

  const oldAddress = kind === 'mobile' ? account.mobile : account.email;
  const db = await getDb();
  const apply = () =>
    db.transaction(async (tx) => {
      if (!(await consumeCode(PURPOSE[kind], newValue, now, tx))) return false;
      const set =
        kind === 'mobile'
          ? { mobile: newValue, mobileVerifiedAt: now, updatedAt: now }
          : // International accounts sign in with their email: the username follows it.
            {
              email: newValue,
              emailVerifiedAt: now,
              updatedAt: now,
              ...(account.kind === 'international' ? { username: newValue } : {}),
            };
      const updated = await tx
        .update(accounts)
        .set(set)
        .where(and(eq(accounts.id, account.id)))
        .returning({ id: accounts.id });
      await tx.insert(auditEvents).values({ type: `${kind}-changed`, accountId: account.id, createdAt: now });
      // The old address is told in the same transaction: the notice cannot be lost once the change holds.
      if (kind === 'mobile') {
        await notify(tx, { template: 'mobileChanged', locale: account.locale, to: { mobile: oldAddress } });
      } else {
        await notify(tx, {
          template: 'emailChanged',
          locale: account.locale,
          to: { email: oldAddress },
          values: { link: dashboardLink(account.locale) },
        });
      }
      return updated.length === 1;
    });
  let changed: boolean;
  try {
    changed = await apply();
  } catch (error) {
    // Only an international account's username (its email) is unique; another account holds it.
    if (!isUniqueViolation(error)) throw error;
    return refused('newEmailUnavailable', 'newValue');
  }
  if (!changed) return refused('codeWrongOrExpired', 'code');
  return { ok: true };
}
