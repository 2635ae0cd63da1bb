/**
 * Exactly-once sending over an at-least-once schedule (EventBridge Scheduler retries, overlapping
 * runs): 1. claim the delivery item (shared/db/deliveryStore.ts); a lost claim sends nothing;
 * 2. send; 3. record `sent` (message id) or `failed`, only while our attempt holds the claim.
 * A failed send can be retried by the next run; a crashed one after its lease runs out.
 *
 * The outcome of a mail that went out must reach the table, or the next run after the lease sends it
 * again (issue 35): a database that fails just then is tried again for OUTCOME_RETRY_MS. Only an
 * outage longer than that, between the mail server's "accepted" and the record, can still double a
 * mail after the lease; nothing can lose one.
 */
import { ulid } from 'ulid';
import type { Repository } from '../../shared/db/repository.ts';
import { claimDelivery, recordDeliveryOutcome, type DeliveryClaim, type DeliveryOutcome } from '../../shared/db/deliveryStore.ts';
import { UnavailableError } from '../../shared/db/errors.ts';
import { DEPENDENCY_DEADLINE_MS, RETRY_AFTER_SECONDS } from '../../shared/dependencyLimits.ts';

export const LEASE_MS = 5 * 60 * 1000;

/** How long the outcome of a send is tried again while the database does not answer (well inside the lease). */
export const OUTCOME_RETRY_MS = 4 * DEPENDENCY_DEADLINE_MS;

async function recordOutcome(repo: Repository, outcome: DeliveryOutcome): Promise<void> {
  const until = performance.now() + OUTCOME_RETRY_MS;
  for (;;) {
    try {
      await recordDeliveryOutcome(repo, outcome);
      return;
    } catch (err) {
      if (!(err instanceof UnavailableError) || performance.now() > until) throw err;
      await new Promise((r) => setTimeout(r, RETRY_AFTER_SECONDS * 1000));
    }
  }
}

export type SendOutcome = { outcome: 'sent'; messageId?: string } | { outcome: 'skipped' | 'failed'; reason: string };

export async function sendOnce(
  repo: Repository,
  delivery: Pick<DeliveryClaim, 'key' | 'audit'> & { fields?: DeliveryClaim['fields'] },
  opts: { actor: string; now: () => Date; force?: boolean },
  send: () => Promise<{ messageId?: string }>,
): Promise<SendOutcome> {
  const attempt = ulid();
  const at = opts.now();
  const claimedVersion = await claimDelivery(repo, {
    ...delivery,
    fields: delivery.fields ?? {},
    attempt,
    actor: opts.actor,
    at: at.toISOString(),
    leaseUntil: new Date(at.getTime() + LEASE_MS).toISOString(),
    force: Boolean(opts.force),
  });
  if (claimedVersion === undefined) return { outcome: 'skipped', reason: 'already sent or being sent' };
  let messageId: string | undefined;
  let failure: string | undefined;
  try {
    messageId = (await send()).messageId;
  } catch (err) {
    failure = String((err as Error)?.message ?? err).slice(0, 500);
  }
  await recordOutcome(repo, { key: delivery.key, audit: delivery.audit, attempt, actor: opts.actor, at: opts.now().toISOString(), claimedVersion, messageId, failure });
  return failure ? { outcome: 'failed', reason: failure } : { outcome: 'sent', messageId };
}
