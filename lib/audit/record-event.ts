import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';

export type AuditType =
  | 'login_success'
  | 'login_failure'
  | 'staff_login_success'
  | 'staff_login_failure'
  | 'logout'
  | 'logout_everywhere'
  | 'password_reset_requested'
  | 'password_reset'
  | 'username_reminder_requested'
  // Staff (lib/staff, lib/review, lib/support): ids only in meta.
  | 'staff_created'
  | 'staff_setup_reset'
  | 'staff_setup_completed'
  | 'staff_totp_failure'
  | 'staff_signed_in'
  | 'staff_signed_out'
  | 'staff_password_changed'
  | 'staff_disabled'
  | 'staff_enabled'
  | 'university_saved'
  | 'ticket_answered'
  | 'ticket_closed'
  // Content administration (lib/content): ids only in meta.
  | 'content_created'
  | 'content_updated'
  // Delivery queue (lib/delivery/admin.ts): an administrator sent a failed message again.
  | 'delivery_retried';

/**
 * Appends a security event. Callers pass ids and keyed hashes only: never a password, a code, a typed
 * username, a mobile, an email or a raw client address (audit rows outlive the accounts they name).
 */
export async function recordAuditEvent(
  event: {
    type: AuditType;
    accountId?: string | null;
    clientHash?: string | null;
    meta?: Record<string, string | number | boolean>;
  },
  { now = new Date(), db }: { now?: Date; db?: DbOrTx } = {},
): Promise<void> {
  const handle = db ?? (await getDb());
  await handle.insert(auditEvents).values({
    type: event.type,
    accountId: event.accountId ?? null,
    clientHash: event.clientHash ?? null,
    meta: event.meta ?? null,
    createdAt: now,
  });
}
