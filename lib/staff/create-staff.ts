import 'server-only';
import { fieldErrorsFromIssues } from '@/lib/validation/result';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { asText } from '@/lib/validation/text';
import { getDb, type DbOrTx } from '@/db/client';
import { staffRecoveryCodes, staffUsers, type StaffUser } from '@/db/schema';
import { isValidEmail } from '@/lib/formats/email';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { findUniversityByCode } from './universities';
import { newSetupToken, SETUP_LINK_TTL_MS } from './totp';

export const STAFF_ROLES = ['reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const createStaffSchema = z.object({
  username: z.preprocess(
    asText,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'staffUsernameInvalid'),
  ),
  email: z.preprocess(
    asText,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => isValidEmail(v), 'emailInvalid'),
  ),
  displayName: z.preprocess(asText, z.string().trim().max(100, 'textTooLong')).optional(),
  role: z.enum(STAFF_ROLES, { message: 'staffRoleInvalid' }),
  university: z.preprocess(asText, z.string().trim().max(100, 'unknownUniversity')).optional(),
});

export type CreateStaffInput = z.input<typeof createStaffSchema>;

export type CreateStaffOutcome =
  | { ok: true; staff: StaffUser; setupToken: string; expiresAt: Date }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: 'usernameTaken' | 'unknownUniversity' | 'universityRequired' };

/**
 * Creates a staff account with no password and no second factor, and a one-time setup token (24 h):
 * the person sets both through the setup link. Used by `npm run staff:create` and the admin page.
 */
export async function createStaff(
  input: CreateStaffInput,
  { now = new Date(), actorId = null, db }: { now?: Date; actorId?: string | null; db?: DbOrTx } = {},
): Promise<CreateStaffOutcome> {
  const parsed = createStaffSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
  }
  const { username, email, role, university, displayName } = parsed.data;
  const handle = db ?? (await getDb());
  let universityId: string | null = null;
  if (role === 'reviewer') {
    if (!university) return { ok: false, reason: 'universityRequired' };
    const found = await findUniversityByCode(university, handle);
    if (!found || !found.active) return { ok: false, reason: 'unknownUniversity' };
    universityId = found.id;
  }
  const { token, hash } = newSetupToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_TTL_MS);
  const [staff] = await handle
    .insert(staffUsers)
    .values({
      username,
      email,
      displayName: displayName || username,
      role,
      universityId,
      passwordHash: null,
      setupTokenHash: hash,
      setupExpiresAt: expiresAt,
      createdAt: now,
    })
    .onConflictDoNothing({ target: staffUsers.username })
    .returning();
  if (!staff) return { ok: false, reason: 'usernameTaken' };
  await recordAuditEvent(
    { type: 'staff_created', meta: { staffId: staff.id, role, ...(actorId ? { actorId } : {}) } },
    { now, db: handle },
  );
  return { ok: true, staff, setupToken: token, expiresAt };
}

/**
 * A new setup link for an existing account (lost authenticator, forgotten password, or an account
 * that still had a demo password): the password and the second factor are cleared, every session
 * ends, and the person sets both again through the link.
 */
export async function resetStaffSetup(
  staffId: string,
  { now = new Date(), actorId = null, db }: { now?: Date; actorId?: string | null; db?: DbOrTx } = {},
): Promise<
  { ok: true; staff: StaffUser; setupToken: string; expiresAt: Date } | { ok: false; reason: 'notFound' }
> {
  const handle = db ?? (await getDb());
  const { token, hash } = newSetupToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_TTL_MS);
  const [staff] = await handle
    .update(staffUsers)
    .set({
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      setupTokenHash: hash,
      setupExpiresAt: expiresAt,
      sessionVersion: sql`${staffUsers.sessionVersion} + 1`,
    })
    .where(eq(staffUsers.id, staffId))
    .returning();
  if (!staff) return { ok: false, reason: 'notFound' };
  await handle.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
  await recordAuditEvent(
    { type: 'staff_setup_reset', meta: { staffId, ...(actorId ? { actorId } : {}) } },
    { now, db: handle },
  );
  return { ok: true, staff, setupToken: token, expiresAt };
}

/** The setup URL printed by the command and shown to the admin. */
export function setupUrl(baseUrl: string, token: string, locale: 'fa' | 'en' = 'fa'): string {
  return `${baseUrl.replace(/\/$/, '')}/${locale}/university/setup/${token}`;
}
