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
  | 'content_created'
  | 'content_updated';

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
