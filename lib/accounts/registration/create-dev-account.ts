import 'server-only';
import { z } from 'zod';
import { getDb, type DbOrTx } from '@/db/client';
import { accounts, type Account } from '@/db/schema';
import { env } from '@/lib/env';
import { normalizeEmail } from '@/lib/formats/email';
import { normalizeMobile } from '@/lib/formats/mobile';
import { normalizeNationalCode } from '@/lib/formats/national-code';
import { hashPassword } from '@/lib/crypto/password';

/**
 * Test fixture behind POST /api/dev/accounts (only when the outbox API is on): an account as if it had
 * pre-registered and verified its mobile and email, so journeys can start at the login page.
 */
export const devAccountSchema = z.object({
  nationalCode: z.string().max(40).optional(),
  password: z.string().min(1).max(128),
  mobile: z.string().max(40),
  email: z.string().max(320),
  firstName: z.string().min(1).max(50).optional(),
  lastName: z.string().min(1).max(50).optional(),
  status: z.enum(['pre_registered', 'profile_submitted', 'approved', 'rejected']).optional(),
  locale: z.enum(['fa', 'en']).optional(),
});

export type DevAccountInput = z.infer<typeof devAccountSchema>;

export type CreateDevAccountResult =
  { ok: true; account: Account } | { ok: false; error: 'invalid' | 'duplicate' };

export async function createDevAccount(
  input: DevAccountInput,
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<CreateDevAccountResult> {
  const handle = db ?? (await getDb());
  const mobile = normalizeMobile(input.mobile);
  const email = normalizeEmail(input.email);
  const nationalCode = input.nationalCode ? normalizeNationalCode(input.nationalCode) : null;
  if (!mobile || !email || (input.nationalCode && !nationalCode)) return { ok: false, error: 'invalid' };
  const isIranian = Boolean(nationalCode);
  const deadline = new Date(now.getTime() + env().ACCOUNT_COMPLETION_DAYS * 86_400_000);
  const [account] = await handle
    .insert(accounts)
    .values({
      kind: isIranian ? 'iranian' : 'international',
      username: nationalCode ?? email,
      nationalCode,
      firstName: input.firstName ?? (isIranian ? 'آزمون' : 'Test'),
      lastName: input.lastName ?? (isIranian ? 'کاربر' : 'User'),
      birthDate: '2000-01-01',
      mobile,
      email,
      passwordHash: await hashPassword(input.password),
      mobileVerifiedAt: now,
      emailVerifiedAt: now,
      rulesVersion: 'dev',
      rulesAcceptedAt: now,
      locale: input.locale ?? (isIranian ? 'fa' : 'en'),
      status: input.status ?? 'pre_registered',
      statusChangedAt: input.status ? now : null,
      completionDeadline: deadline,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  return account ? { ok: true, account } : { ok: false, error: 'duplicate' };
}
