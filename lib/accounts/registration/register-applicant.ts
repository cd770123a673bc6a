import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, auditEvents } from '@/db/schema';
import { verifyHumanCheck } from '@/lib/captcha';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { notify } from '@/lib/notify';
import { checkCode, consumeCode } from '@/lib/verification/codes';
import type { FieldErrors } from '@/lib/validation/result';
import type { RegisterInput } from '@/lib/validation/register';
import { hashPassword } from '@/lib/crypto/password';
import { usernameForText } from '@/lib/accounts/registration/username-for-text';
import { isUniqueViolation } from '@/db/errors';

export type RegisterOutcome =
  | { ok: true; accountId: string; username: string; sessionVersion: number }
  | { ok: false; fieldErrors: FieldErrors; formError?: 'duplicateAccount' };

class CodesGone extends Error {}

/**
 * Creates a pre-registered account from an already schema-valid form. Order matters:
 * captcha first (it guards everything behind it), then both codes checked without being used up
 * (a wrong code costs one of its five tries), then — in ONE transaction — both codes consumed and the
 * account inserted. A failed insert (duplicate, or the loser of two simultaneous submits hitting the
 * unique index) rolls the consumption back, so the applicant's codes stay usable.
 * A duplicate is only reported after both codes are proven, so probing which national codes have an
 * account needs the captcha plus a mobile and a mailbox per try.
 */
export async function registerApplicant(
  input: RegisterInput,
  options: { locale: Locale; loginUrl: string; clientHash?: string; now?: Date },
): Promise<RegisterOutcome> {
  const now = options.now ?? new Date();
  if (!(await verifyHumanCheck(input.altcha, 'register', now)))
    return { ok: false, fieldErrors: { altcha: ['captchaInvalid'] } };

  const [mobileCheck, emailCheck] = await Promise.all([
    checkCode('register-mobile', input.mobile, input.mobileCode, { now, consume: false }),
    checkCode('register-email', input.email, input.emailCode, { now, consume: false }),
  ]);
  const codeErrors: FieldErrors = {};
  if (mobileCheck !== 'ok') codeErrors.mobileCode = ['mobileCodeInvalid'];
  if (emailCheck !== 'ok') codeErrors.emailCode = ['emailCodeInvalid'];
  if (Object.keys(codeErrors).length) return { ok: false, fieldErrors: codeErrors };

  const username = input.kind === 'iranian' ? (input.nationalCode as string) : input.email;
  const db = await getDb();
  const duplicate = { ok: false, fieldErrors: {}, formError: 'duplicateAccount' } as const;
  const [existing] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, username))
    .limit(1);
  if (existing) return duplicate;

  const passwordHash = await hashPassword(input.password);
  const completionDeadline = new Date(now.getTime() + env().ACCOUNT_COMPLETION_DAYS * 86_400_000);
  let created: { id: string; sessionVersion: number };
  try {
    created = await db.transaction(async (tx) => {
      const mobileOk = await consumeCode('register-mobile', input.mobile, now, tx);
      const emailOk = await consumeCode('register-email', input.email, now, tx);
      if (!mobileOk || !emailOk) throw new CodesGone();
      const [row] = await tx
        .insert(accounts)
        .values({
          kind: input.kind,
          username,
          nationalCode: input.nationalCode,
          passportNumber: input.passportNumber,
          citizenship: input.citizenship,
          firstName: input.firstName,
          lastName: input.lastName,
          birthDate: input.birthDate,
          mobile: input.mobile,
          email: input.email,
          passwordHash,
          mobileVerifiedAt: now,
          emailVerifiedAt: now,
          rulesVersion: input.rulesVersion,
          rulesAcceptedAt: now,
          locale: options.locale,
          status: 'pre_registered',
          completionDeadline,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: accounts.id, sessionVersion: accounts.sessionVersion });
      await tx.insert(auditEvents).values({
        type: 'register',
        accountId: row.id,
        clientHash: options.clientHash ?? null,
        meta: { kind: input.kind, rulesVersion: input.rulesVersion },
        createdAt: now,
      });
      // The welcome email commits with the account: it is sent by the worker, never lost, never awaited.
      await notify(tx, {
        template: 'welcome',
        locale: options.locale,
        to: { email: input.email },
        values: { username: usernameForText(username, options.locale), loginUrl: options.loginUrl },
      });
      return row;
    });
  } catch (error) {
    if (error instanceof CodesGone)
      return {
        ok: false,
        fieldErrors: { mobileCode: ['mobileCodeInvalid'], emailCode: ['emailCodeInvalid'] },
      };
    if (isUniqueViolation(error)) return duplicate;
    throw error;
  }

  return { ok: true, accountId: created.id, username, sessionVersion: created.sessionVersion };
}
