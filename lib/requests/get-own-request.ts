import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { requestStatusEvents, serviceRequests, services } from '@/db/schema';
import { listRequestDocuments } from '@/lib/documents/document-access';
import { TRACKING_NUMBER } from './tracking-number';

/**
 * One of the applicant's requests by its tracking number, with its timeline and attached documents;
 * null for a number that is not theirs (the page then answers 404 as for an unknown number).
 */
export async function getOwnRequest(accountId: string, trackingNumber: string) {
  const normalized = trackingNumber.trim().toUpperCase();
  if (!TRACKING_NUMBER.test(normalized)) return null;
  const db = await getDb();
  const [request] = await db
    .select({
      id: serviceRequests.id,
      trackingNumber: serviceRequests.trackingNumber,
      status: serviceRequests.status,
      decisionReason: serviceRequests.decisionReason,
      details: serviceRequests.details,
      createdAt: serviceRequests.createdAt,
      serviceSlug: services.slug,
      serviceNameFa: services.nameFa,
      serviceNameEn: services.nameEn,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(and(eq(serviceRequests.trackingNumber, normalized), eq(serviceRequests.accountId, accountId)))
    .limit(1);
  if (!request) return null;
  const [events, documents] = await Promise.all([
    db
      .select({
        status: requestStatusEvents.status,
        reason: requestStatusEvents.reason,
        at: requestStatusEvents.createdAt,
      })
      .from(requestStatusEvents)
      .where(eq(requestStatusEvents.requestId, request.id))
      .orderBy(asc(requestStatusEvents.createdAt)),
    listRequestDocuments(accountId, request.id),
  ]);
  return { ...request, events, documents };
}

export type OwnRequest = NonNullable<Awaited<ReturnType<typeof getOwnRequest>>>;
