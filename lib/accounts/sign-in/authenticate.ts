import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts, type Account } from '@/db/schema';
import { normalizeDigits } from '@/lib/formats/digits';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeNationalCode } from '@/lib/formats/national-code';
import { tryPassword, type PasswordRefusal } from '@/lib/accounts/sign-in/login-attempts';

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
export type AuthenticateResult = { ok: true; account: Account } | PasswordRefusal;

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
  const outcome = await tryPassword(
    handle,
    { kind: 'applicant', loginName, ...input },
    async () => {
      if (!loginName) return null;
      const [account] = await handle.select().from(accounts).where(eq(accounts.username, loginName)).limit(1);
      return account ? { holder: account, passwordHash: account.passwordHash } : null;
    },
    now,
  );
  return outcome.ok ? { ok: true, account: outcome.holder } : outcome;
}
