/**
 * Exactly-once e-mail delivery over an at-least-once schedule: the claim, and the outcome.
 * One item per delivery (the monthly report, pattern 11; a personal report or a reminder digest,
 * pattern 17). Each state change is one transaction through the one write path (transaction.ts):
 * the item, conditional on the version read and on the claim rules, with its audit entry.
 *
 * A claim succeeds only when the item does not exist, the last attempt failed, a crashed attempt's
 * lease ran out, or with `force` on a sent one. A lost claim is an answer (`undefined`), not an error.
 */
import type { AuditEntry } from '../schemas/auditEntry.ts';
import { ConflictError } from './errors.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, Tx } from './transaction.ts';
import type { Item } from '../entities.ts';

/** Which delivery, by whom, when: what the claim and the outcome share. */
interface DeliveryStep {
  key: { PK: string; SK: string };
  /** The audit trail the state changes are recorded under. */
  audit: { entityType: string; entityId: string };
  attempt: string;
  actor: string;
  at: string;
}

export interface DeliveryClaim extends DeliveryStep {
  leaseUntil: string;
  force: boolean;
  /** Further attributes of the item (the report's figures, a collection key). */
  fields: Item;
}

/** Commits `tx`; a failed condition on the delivery item means another attempt holds it. */
async function tryCommit(repo: Repository, tx: Tx): Promise<boolean> {
  try {
    await commitTx(repo.doc, tx);
    return true;
  } catch (err) {
    if (err instanceof ConflictError && err.reason === 'stale-version') return false;
    throw err;
  }
}

const lost = (what: string) => () => new ConflictError(`${what} is claimed by another attempt`, 'stale-version');

/** Claims the delivery; returns the version the claim wrote, or `undefined` when another attempt has it. */
export async function claimDelivery(repo: Repository, c: DeliveryClaim): Promise<number | undefined> {
  const current = await repo.getRaw(c.key);
  const read: number = current?.version ?? 0;
  const version = read + 1;
  const names: Record<string, string> = { '#status': 'status', '#version': 'version' };
  const values: Item = {
    ':sending': 'sending', ':failed': 'failed', ':sent': 'sent', ':attempt': c.attempt, ':lease': c.leaseUntil, ':at': c.at, ':actor': c.actor,
    ':one': 1, ':force': c.force, ':true': true, ':version': version, ':read': read,
  };
  const sets = Object.entries(c.fields).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    return `#f${i} = :f${i}`;
  });
  const tx = new Tx().add(
    {
      Update: {
        TableName: repo.table,
        Key: c.key,
        UpdateExpression: `SET #status = :sending, attemptId = :attempt, leaseUntil = :lease, ${sets.map((s) => `${s}, `).join('')}updatedAt = :at, updatedBy = :actor, createdAt = if_not_exists(createdAt, :at), createdBy = if_not_exists(createdBy, :actor), #version = :version ADD attempts :one`,
        ConditionExpression:
          '(attribute_not_exists(PK) OR #version = :read) AND (attribute_not_exists(PK) OR #status = :failed OR (#status = :sending AND leaseUntil < :at) OR (:force = :true AND #status = :sent))',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    lost(c.audit.entityId),
  );
  tx.add(...auditItem(repo.table, { ...c.audit, action: read === 0 ? 'create' : 'update', actor: c.actor, at: c.at, version, changes: { status: { from: current?.status, to: 'sending' }, force: { to: c.force } } }));
  return (await tryCommit(repo, tx)) ? version : undefined;
}

export interface DeliveryOutcome extends DeliveryStep {
  claimedVersion: number;
  messageId?: string;
  failure?: string;
}

/** Records `sent` or `failed`, only while this attempt still holds the claim it made at `claimedVersion`. */
export async function recordDeliveryOutcome(repo: Repository, o: DeliveryOutcome): Promise<boolean> {
  const version = o.claimedVersion + 1;
  const tx = new Tx().add(
    {
      Update: {
        TableName: repo.table,
        Key: o.key,
        UpdateExpression: o.failure
          ? 'SET #status = :failed, #error = :error, updatedAt = :at, updatedBy = :actor, #version = :version REMOVE leaseUntil'
          : 'SET #status = :sent, messageId = :mid, sentAt = :at, updatedAt = :at, updatedBy = :actor, #version = :version REMOVE leaseUntil, #error',
        ConditionExpression: 'attemptId = :attempt AND #version = :claimed',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error', '#version': 'version' },
        ExpressionAttributeValues: {
          ...(o.failure ? { ':failed': 'failed', ':error': o.failure } : { ':sent': 'sent', ':mid': o.messageId ?? '' }),
          ':at': o.at, ':actor': o.actor, ':attempt': o.attempt, ':claimed': o.claimedVersion, ':version': version,
        },
      },
    },
    lost(o.audit.entityId),
  );
  const changes: AuditEntry['changes'] = o.failure ? { status: { from: 'sending', to: 'failed' }, error: { to: o.failure } } : { status: { from: 'sending', to: 'sent' }, messageId: { to: o.messageId } };
  tx.add(...auditItem(repo.table, { ...o.audit, action: 'update', actor: o.actor, at: o.at, version, changes }));
  return tryCommit(repo, tx);
}
