import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accounts, auditEvents, serviceRequests, services } from '@/db/schema';
import { canFileRequests } from '@/lib/accounts/account-status';
import { enforce } from '@/lib/rate-limit/policies';
import { fail, fieldErrorsFromIssues, ok, type ActionResult } from '@/lib/validation/result';
import { serviceRequestSchema } from '@/lib/validation/service-request';
import { newTrackingNumber } from './tracking-number';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === UNIQUE_VIOLATION || e?.cause?.code === UNIQUE_VIOLATION;
}

/**
 * The approval gate and the filing in one place: the status is read on the server at the moment of
 * filing, so a page opened before a rejection (or a forged form post) cannot slip a request through.
 */
export async function fileServiceRequest(
  accountId: string,
  serviceSlug: string,
  input: Record<string, unknown>,
  now: Date = new Date(),
): Promise<ActionResult<{ trackingNumber: string }>> {
  const db = await getDb();
  const [account] = await db
    .select({ status: accounts.status })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!account) return fail({}, { formError: 'generic' });
  if (!canFileRequests(account.status)) return fail({}, { formError: 'notApproved' });

  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.slug, serviceSlug), eq(services.requiresApproval, true)))
    .limit(1);
  if (!service) return fail({}, { formError: 'serviceUnknown' });

  const parsed = serviceRequestSchema(serviceSlug).safeParse(input);
  if (!parsed.success) return fail(fieldErrorsFromIssues(parsed.error.issues));

  const limit = await enforce([{ policy: 'requestFilePerAccount', key: accountId }], now.getTime());
  if (!limit.ok)
    return fail({}, { formError: 'rateLimited', formErrorValues: { seconds: limit.retryAfterSeconds } });

  // A collision of the random suffix is astronomically rare; the unique index decides and we draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const trackingNumber = newTrackingNumber(now);
    try {
      await db.transaction(async (tx) => {
        await tx.insert(serviceRequests).values({
          trackingNumber,
          accountId,
          serviceId: service.id,
          details: parsed.data,
          createdAt: now,
          updatedAt: now,
        });
        await tx.insert(auditEvents).values({
          type: 'request-filed',
          accountId,
          meta: { service: serviceSlug },
          createdAt: now,
        });
      });
      return ok({ trackingNumber });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fail({}, { formError: 'generic' });
}
