import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts, type Account } from '@/db/schema';
import { normalizeDigits } from '@/lib/identity/digits';
import { normalizeEmail } from '@/lib/identity/email';
import { normalizeNationalCode } from '@/lib/identity/national-code';
import { CAPTCHA_AFTER_FAILURES, gateAttempt, recordAttempt, subjectKey } from './login-attempts';
import { verifyAgainstDummy, verifyPassword } from '@/lib/crypto/password';

export interface AuthenticateInput {
  /** The national code in any digits (Iranian applicants) or the email (international accounts). */
  identifier: string;
  password: string;
  /** hashClientAddress(clientAddress(headers)). */
  clientHash: string;
  captchaAnswer?: string;
}

/**
 * One failure reason for the user whatever went wrong ('invalid'): an unknown name and a wrong
 * password give the same result, after the same argon2id work.
 */
export type AuthenticateResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'invalid'; captchaRequired: boolean }
  | { ok: false; reason: 'captcha'; captchaRequired: true }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number; captchaRequired: boolean };

/** The username as stored: the canonical national code, else the normalized email, else the text itself. */
export function loginNameOf(identifier: string): string {
  const text = normalizeDigits(String(identifier ?? ''))
    .trim()
    .slice(0, 320);
  return normalizeNationalCode(text) ?? normalizeEmail(text) ?? text.toLowerCase();
}

export async function authenticate(
  input: AuthenticateInput,
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<AuthenticateResult> {
  const handle = db ?? (await getDb());
  const loginName = loginNameOf(input.identifier);
  const subject = subjectKey('applicant', loginName);
  const gate = await gateAttempt(
    handle,
    {
      kind: 'applicant',
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
  const [account] = loginName
    ? await handle.select().from(accounts).where(eq(accounts.username, loginName)).limit(1)
    : [];
  const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
  const valid = account
    ? await verifyPassword(account.passwordHash, password)
    : await verifyAgainstDummy(password);
  await recordAttempt(
    handle,
    { kind: 'applicant', subject, clientHash: input.clientHash, success: valid, accountId: account?.id },
    now,
  );
  if (valid && account) return { ok: true, account };
  return { ok: false, reason: 'invalid', captchaRequired: gate.failures + 1 >= CAPTCHA_AFTER_FAILURES };
}
