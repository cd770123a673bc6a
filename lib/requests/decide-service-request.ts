import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, requestStatusEvents, serviceRequests, type StaffUser } from '@/db/schema';
import { staffMaySeeApplicant } from '@/lib/documents/document-access';
import { canMoveRequest, requestStatusesAllowing, type RequestDecision } from './request-status';
import { notifyRequestChange } from './notify-request-change';

/** Who moves a request: a staff member (role and university checked) or the dev/test API. */
export type RequestActor = { kind: 'staff'; staff: StaffUser } | { kind: 'system' };

export type DecideResult =
  | { ok: true; trackingNumber: string; status: RequestDecision }
  | { ok: false; error: 'notFound' | 'invalidTransition' | 'reasonRequired' };

export const MAX_DECISION_REASON = 500;

/**
 * Moves a request one step (into review, then approved or rejected with a reason), records the step
 * on the timeline and tells the applicant. A staff member of another university gets `notFound`, as
 * for an unknown number. The UPDATE is conditional on the status it moves from, so two officers
 * deciding at once cannot both win.
 */
export async function decideServiceRequest(
  actor: RequestActor,
  trackingNumber: string,
  to: RequestDecision,
  reason?: string | null,
  now: Date = new Date(),
): Promise<DecideResult> {
  const db = await getDb();
  const [request] = await db
    .select({ id: serviceRequests.id, accountId: serviceRequests.accountId, status: serviceRequests.status })
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber))
    .limit(1);
  if (!request) return { ok: false, error: 'notFound' };
  if (actor.kind === 'staff' && !(await staffMaySeeApplicant(actor.staff, request.accountId)))
    return { ok: false, error: 'notFound' };
  if (!canMoveRequest(request.status, to)) return { ok: false, error: 'invalidTransition' };

  const text =
    typeof reason === 'string' ? reason.trim().replace(/\s+/g, ' ').slice(0, MAX_DECISION_REASON) : '';
  // A refusal without a reason leaves the applicant nothing to act on.
  if (to === 'rejected' && text.length < 3) return { ok: false, error: 'reasonRequired' };
  const decisionReason = to === 'in_review' ? null : text || null;
  const staffId = actor.kind === 'staff' ? actor.staff.id : null;

  const moved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(serviceRequests)
      .set({ status: to, decisionReason, updatedAt: now })
      .where(
        and(eq(serviceRequests.id, request.id), inArray(serviceRequests.status, requestStatusesAllowing(to))),
      )
      .returning({ id: serviceRequests.id });
    if (!row) return false;
    await tx
      .insert(requestStatusEvents)
      .values({ requestId: request.id, status: to, reason: decisionReason, staffId, createdAt: now });
    await tx.insert(auditEvents).values({
      type: `request-${to}`,
      accountId: request.accountId,
      meta: { requestId: request.id, from: request.status, staffId },
      createdAt: now,
    });
    // Queued in this transaction: the applicant is told exactly when the change commits.
    await notifyRequestChange(tx, request.id, to, decisionReason);
    return true;
  });
  if (!moved) return { ok: false, error: 'invalidTransition' };
  return { ok: true, trackingNumber, status: to };
}
