import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, documents, requestStatusEvents, serviceRequests, services } from '@/db/schema';
import { canFileRequests } from '@/lib/accounts/lifecycle/account-status';
import { documentFieldName, serviceDocumentsFor } from '@/lib/documents/kinds';
import { enforce } from '@/lib/rate-limit/policies';
import { invalid, refused, waitFor, type Outcome } from '@/lib/outcome';
import type { ServiceRequestInput } from '@/lib/validation/service-request';
import { newTrackingNumber } from './tracking-number';
import { isUniqueViolation } from '@/db/errors';
import { readAccountStatus } from '@/lib/accounts/queries';

class DocumentTaken extends Error {}

type Refused = 'generic' | 'notApproved' | 'serviceUnknown' | 'rateLimited' | 'documentsChanged';

/**
 * The approval gate and the filing in one place (the input validated by the action with
 * `serviceRequestSchema(serviceSlug)`): the status is read on the server at the moment of
 * filing, so a page opened before a rejection (or a forged form post) cannot slip a request through.
 */
export async function fileServiceRequest(
  accountId: string,
  serviceSlug: string,
  input: ServiceRequestInput,
  now: Date = new Date(),
): Promise<Outcome<{ trackingNumber: string }, Refused>> {
  const db = await getDb();
  const accountStatus = await readAccountStatus(db, accountId);
  if (!accountStatus) return refused('generic');
  if (!canFileRequests(accountStatus)) return refused('notApproved');

  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.slug, serviceSlug), eq(services.requiresApproval, true)))
    .limit(1);
  if (!service) return refused('serviceUnknown');

  // Each required document must be this applicant's own upload of that kind, not yet filed elsewhere.
  const kinds = serviceDocumentsFor(serviceSlug);
  const wanted = kinds.map((kind) => ({ kind, id: input[documentFieldName(kind)] }));
  const owned = wanted.length
    ? await db
        .select({ id: documents.id, kind: documents.kind })
        .from(documents)
        .where(
          and(
            inArray(
              documents.id,
              wanted.map((w) => w.id),
            ),
            eq(documents.accountId, accountId),
            isNull(documents.requestId),
          ),
        )
    : [];
  const missing = wanted.filter((w) => !owned.some((o) => o.id === w.id && o.kind === w.kind));
  if (missing.length)
    return invalid(
      Object.fromEntries(missing.map((m) => [documentFieldName(m.kind), [`documentRequired_${m.kind}`]])),
    );
  const details = Object.fromEntries(Object.entries(input).filter(([name]) => !name.startsWith('document_')));

  const limit = await enforce([{ policy: 'requestFilePerAccount', key: accountId }], now.getTime());
  if (!limit.ok) return waitFor('rateLimited', limit.retryAfterSeconds);

  // A collision of the random suffix is astronomically rare; the unique index decides and we draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const trackingNumber = newTrackingNumber(now);
    try {
      await db.transaction(async (tx) => {
        const [filed] = await tx
          .insert(serviceRequests)
          .values({
            trackingNumber,
            accountId,
            serviceId: service.id,
            details,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: serviceRequests.id });
        await tx
          .insert(requestStatusEvents)
          .values({ requestId: filed.id, status: 'submitted', createdAt: now });
        if (wanted.length) {
          const attached = await tx
            .update(documents)
            .set({ requestId: filed.id })
            .where(
              and(
                inArray(
                  documents.id,
                  wanted.map((w) => w.id),
                ),
                eq(documents.accountId, accountId),
                isNull(documents.requestId),
              ),
            )
            .returning({ id: documents.id });
          // Two requests filed at once with the same upload: the second one must not go through.
          if (attached.length !== wanted.length) throw new DocumentTaken();
        }
        await tx.insert(auditEvents).values({
          type: 'request-filed',
          accountId,
          meta: { service: serviceSlug },
          createdAt: now,
        });
      });
      return { ok: true, trackingNumber };
    } catch (error) {
      if (error instanceof DocumentTaken) return refused('documentsChanged');
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return refused('generic');
}
