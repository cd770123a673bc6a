import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { serviceRequests, services } from '@/db/schema';

/** The applicant's own requests, newest first, with the service names for both languages. */
export async function listServiceRequests(accountId: string) {
  const db = await getDb();
  return db
    .select({
      id: serviceRequests.id,
      trackingNumber: serviceRequests.trackingNumber,
      status: serviceRequests.status,
      createdAt: serviceRequests.createdAt,
      updatedAt: serviceRequests.updatedAt,
      serviceSlug: services.slug,
      serviceNameFa: services.nameFa,
      serviceNameEn: services.nameEn,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(eq(serviceRequests.accountId, accountId))
    .orderBy(desc(serviceRequests.createdAt));
}
