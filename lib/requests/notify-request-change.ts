import 'server-only';
import { and, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { getDb } from '@/db/client';
import { accounts, serviceRequests, services } from '@/db/schema';
import { sendEmail, sendSms } from '@/lib/delivery';
import { env } from '@/lib/env';
import type { RequestStatus } from './request-status';

async function messagesFor(locale: 'fa' | 'en') {
  return locale === 'en'
    ? (await import('@/messages/en.json')).default
    : (await import('@/messages/fa.json')).default;
}

/**
 * Tells the applicant of a request's new status by email (with the reason and the link to the request's
 * page) and by a short SMS, in the account's language. Texts live in messages/*.json
 * (`requestNotifications`).
 */
export async function notifyRequestChange(
  accountId: string,
  trackingNumber: string,
  status: RequestStatus,
  reason: string | null,
): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .select({
      email: accounts.email,
      mobile: accounts.mobile,
      locale: accounts.locale,
      fa: services.nameFa,
      en: services.nameEn,
    })
    .from(serviceRequests)
    .innerJoin(accounts, eq(accounts.id, serviceRequests.accountId))
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(and(eq(serviceRequests.trackingNumber, trackingNumber), eq(serviceRequests.accountId, accountId)))
    .limit(1);
  if (!row) return;
  const locale = row.locale === 'en' ? 'en' : 'fa';
  const t = createTranslator({
    locale,
    messages: await messagesFor(locale),
    namespace: 'requestNotifications',
  });
  const base = env().APP_URL?.replace(/\/$/, '');
  const link = base ? `${base}/${locale}/dashboard/requests/track/${trackingNumber}` : '';
  const values = {
    // A tracking number is typed back into the portal: it stays as issued, like a code.
    tracking: trackingNumber,
    service: locale === 'en' ? row.en : row.fa,
    status: t(`status_${status}`),
    reason: reason ?? '',
  };
  const body = [
    t('greeting'),
    t('changed', values),
    reason ? t('reason', values) : null,
    link ? t('link', { link }) : t('where'),
    t('signOff'),
  ]
    .filter(Boolean)
    .join('\n\n');
  await sendEmail(row.email, t('subject', values), body);
  await sendSms(row.mobile, t('sms', values));
}
