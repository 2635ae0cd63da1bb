/**
 * The monthly report item (patterns 11, 12) and its exactly-once state changes. Each change is
 * one transaction through the one write path (transaction.ts): the report item, conditional on
 * the version read and on the claim rules, with its audit entry carrying the real version.
 * A lost claim is an answer (`false`), not an error; an unreachable database is 503, as anywhere.
 */
import type { AuditEntry } from '../schemas/auditEntry.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, Tx } from './transaction.ts';
import type { Item } from '../entities.ts';


export interface Claim {
  month: string;
  attempt: string;
  actor: string;
  at: string;
  leaseUntil: string;
  force: boolean;
  recipients: string[];
  snapshot: unknown;
  html: string;
}

/** Commits `tx`; a failed condition on the report item means another attempt holds it. */
async function tryCommit(repo: Repository, tx: Tx): Promise<boolean> {
  try {
    await commitTx(repo.doc, tx);
    return true;
  } catch (err) {
    if (err instanceof ConflictError && err.reason === 'stale-version') return false;
    throw err;
  }
}

const lost = (month: string) => () => new ConflictError(`report ${month} is claimed by another attempt`, 'stale-version');

/**
 * Claims the month: only when no report exists, the last attempt failed, a crashed attempt's
 * lease ran out, or with `force` on a sent report. Returns the version the claim wrote, or
 * `undefined` when another attempt has it.
 */
export async function claimReport(repo: Repository, c: Claim): Promise<number | undefined> {
  const current = await repo.getRaw(keys.report(c.month));
  const read: number = current?.version ?? 0;
  const version = read + 1;
  const tx = new Tx().add(
    {
      Update: {
        TableName: repo.table,
        Key: keys.report(c.month),
        UpdateExpression:
          'SET #status = :sending, attemptId = :attempt, leaseUntil = :lease, #month = :month, #recipients = :recipients, #snapshot = :snapshot, #html = :html, updatedAt = :at, updatedBy = :actor, createdAt = if_not_exists(createdAt, :at), createdBy = if_not_exists(createdBy, :actor), GSI1PK = :gpk, GSI1SK = :month, #type = :type, #version = :version ADD attempts :one',
        ConditionExpression:
          '(attribute_not_exists(PK) OR #version = :read) AND (attribute_not_exists(PK) OR #status = :failed OR (#status = :sending AND leaseUntil < :at) OR (:force = :true AND #status = :sent))',
        ExpressionAttributeNames: { '#status': 'status', '#month': 'month', '#type': '_type', '#recipients': 'recipients', '#snapshot': 'snapshot', '#html': 'html', '#version': 'version' },
        ExpressionAttributeValues: {
          ':sending': 'sending', ':failed': 'failed', ':sent': 'sent', ':attempt': c.attempt, ':lease': c.leaseUntil, ':month': c.month, ':recipients': c.recipients,
          ':snapshot': c.snapshot, ':html': c.html, ':at': c.at, ':actor': c.actor, ':one': 1, ':force': c.force, ':true': true,
          ':gpk': keys.reportCollection().GSI1PK, ':type': 'report', ':version': version, ':read': read,
        },
      },
    },
    lost(c.month),
  );
  tx.add(...auditItem(repo.table, { entityType: 'report', entityId: c.month, action: read === 0 ? 'create' : 'update', actor: c.actor, at: c.at, version, changes: { status: { from: current?.status, to: 'sending' }, force: { to: c.force } } }));
  return (await tryCommit(repo, tx)) ? version : undefined;
}

/** Records `sent` or `failed`, only while this attempt still holds the claim it made at `claimedVersion`. */
export async function recordReportOutcome(
  repo: Repository,
  o: { month: string; attempt: string; actor: string; at: string; claimedVersion: number; messageId?: string; failure?: string },
): Promise<boolean> {
  const version = o.claimedVersion + 1;
  const tx = new Tx().add(
    {
      Update: {
        TableName: repo.table,
        Key: keys.report(o.month),
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
    lost(o.month),
  );
  const changes: AuditEntry['changes'] = o.failure ? { status: { from: 'sending', to: 'failed' }, error: { to: o.failure } } : { status: { from: 'sending', to: 'sent' }, messageId: { to: o.messageId } };
  tx.add(...auditItem(repo.table, { entityType: 'report', entityId: o.month, action: 'update', actor: o.actor, at: o.at, version, changes }));
  return tryCommit(repo, tx);
}

/** All reports, newest first, without their HTML and figures (pattern 12). */
export async function listReports(repo: Repository): Promise<Item[]> {
  const items = await repo.queryAll<Item>(accessPatterns.reports());
  return items.map(({ html, snapshot, attemptId, ...summary }) => ({ id: summary.month, ...summary }));
}

/** One report with its HTML and figures (pattern 11). */
export async function getReport(repo: Repository, month: string): Promise<Item | undefined> {
  const item = await repo.getRaw(keys.report(month));
  if (!item) return undefined;
  const { PK, SK, GSI1PK, GSI1SK, _type, attemptId, ...rest } = item;
  return { id: month, ...rest };
}
