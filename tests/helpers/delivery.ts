import { drainDeliveries } from '@/lib/delivery/worker';
import { listOutbox as listStored, type OutboxQuery } from '@/lib/delivery/outbox';
import { issueCode, type CodeChannel, type CodePurpose } from '@/lib/verification/codes';

/**
 * Messages are queued by notify() and sent by the delivery worker, which a server runs in the
 * background. Tests run the same worker code to the end of the queue before reading the outbox.
 */
export async function listOutbox(query: OutboxQuery = {}) {
  await drainDeliveries({ to: query.to });
  return listStored(query);
}

/** A code issued directly (test setup); fails the test if a live code already blocks it. */
export async function issueTestCode(
  purpose: CodePurpose,
  target: string,
  channel: CodeChannel,
  now?: Date,
): Promise<{ code: string; expiresAt: Date }> {
  const issued = await issueCode(purpose, target, channel, now);
  if (!issued.ok) throw new Error(`a live ${purpose} code already exists for this target`);
  return issued;
}
