import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, serviceRequests, services } from '@/db/schema';
import { env } from '@/lib/env';
import { notify } from '@/lib/notify';
import type { RequestStatus } from './request-status';

/** The request's page for the email, or `none` (the template's select) without APP_URL. */
function requestLink(locale: string, trackingNumber: string): string {
  const base = env().APP_URL?.replace(/\/$/, '');
  return base ? `${base}/${locale}/dashboard/requests/track/${trackingNumber}` : 'none';
}

/**
 * Queues the messages that tell the applicant of a request's new status, on the handle of the status
 * change's transaction, so they commit (or roll back) with it: an email with the officer's note and the
 * link to the request's page, and a short SMS (no reason, no link). Texts: messages/*.json →
 * `notifications.requestStatusChanged`, in the account's language.
 */
export async function notifyRequestChange(
  tx: DbOrTx,
  requestId: string,
  status: RequestStatus,
  reason: string | null,
): Promise<void> {
  const [row] = await tx
    .select({
      email: accounts.email,
      mobile: accounts.mobile,
      locale: accounts.locale,
      trackingNumber: serviceRequests.trackingNumber,
      fa: services.nameFa,
      en: services.nameEn,
    })
    .from(serviceRequests)
    .innerJoin(accounts, eq(accounts.id, serviceRequests.accountId))
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(eq(serviceRequests.id, requestId))
    .limit(1);
  if (!row) return;
  const locale = row.locale === 'en' ? 'en' : 'fa';
  const values = {
    // A tracking number is typed back into the portal: it stays as issued, like a code.
    tracking: row.trackingNumber,
    service: locale === 'en' ? row.en : row.fa,
    status,
  };
  if (row.mobile) {
    await notify(tx, {
      template: 'requestStatusChanged',
      locale,
      to: { mobile: row.mobile },
      channel: 'sms',
      values,
    });
  }
  await notify(tx, {
    template: 'requestStatusChanged',
    locale,
    to: { email: row.email },
    channel: 'email',
    values: { ...values, reason: reason || 'none', link: requestLink(locale, row.trackingNumber) },
  });
}
