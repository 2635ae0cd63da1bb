/**
 * The one write path: a transaction is built from items, each with what its failed condition
 * means, and committed here with retries and typed errors. The repository, the report store and
 * every guard item use it; nothing else sends TransactWriteItems.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { AuditEntry } from '../schemas/auditEntry.ts';
import { ConflictError, IntegrityError, isUnavailable, UnavailableError, type StorageError } from './errors.ts';
import { keys } from './keys.ts';
import type { Item } from '../entities.ts';

export type TxItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];
/** What a failed condition on a transaction item means; gets the item as stored, where DynamoDB returns it. */
export type OnFail = (current: Item | undefined) => StorageError;

const MAX_ITEMS = 100;
const MAX_ATTEMPTS = 6;

export class Tx {
  readonly items: TxItem[] = [];
  readonly onFail: OnFail[] = [];
  add(item: TxItem, onFail: OnFail): this {
    this.items.push(item);
    this.onFail.push(onFail);
    return this;
  }
}

/** An audit entry (patterns 6–8), written only if its key is new. */
export function auditItem(table: string, entry: Omit<AuditEntry, 'id'>): [TxItem, OnFail] {
  const id = ulid();
  return [
    {
      Put: {
        TableName: table,
        Item: { ...entry, id, ...keys.audit(entry.entityType, entry.entityId, entry.at, id, entry.actor), _type: 'audit' },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    () => new ConflictError('audit entry collision', 'duplicate'),
  ];
}

/** A guard item (natural key, API key hash), written only if it does not exist yet. */
export function guardItem(table: string, key: { PK: string; SK: string }, attributes: Item, onConflict: () => StorageError): [TxItem, OnFail] {
  return [{ Put: { TableName: table, Item: { ...key, ...attributes }, ConditionExpression: 'attribute_not_exists(PK)' } }, onConflict];
}

/**
 * Pattern 24: a sorted collection's size changed by `delta`, in the transaction of the record that
 * gains or loses its pattern-23 key. Unconditional: concurrent writers add up (a conflict is retried).
 */
export function sortedCountItem(table: string, type: string, delta: 1 | -1): [TxItem, OnFail] {
  return [
    {
      Update: {
        TableName: table,
        Key: keys.sortedCount(type),
        UpdateExpression: 'SET #type = :type ADD #count :d',
        ExpressionAttributeNames: { '#type': '_type', '#count': 'count' },
        ExpressionAttributeValues: { ':type': 'sortedCount', ':d': delta },
      },
    },
    () => new ConflictError('list counter changed concurrently', 'stale-version'),
  ];
}

/**
 * Commits all items or none. A failed condition becomes the item's own typed error; a
 * TransactionConflict is retried with jitter, then 409; an unreachable database is 503.
 */
export async function commitTx(doc: DynamoDBDocumentClient, tx: Tx): Promise<void> {
  if (tx.items.length > MAX_ITEMS) throw new IntegrityError(`Too many references in one change (more than ${MAX_ITEMS} items)`);
  for (let attempt = 1; ; attempt++) {
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: tx.items }));
      return;
    } catch (err) {
      if (err instanceof TransactionCanceledException || (err as { name?: string })?.name === 'TransactionCanceledException') {
        const reasons = (err as TransactionCanceledException).CancellationReasons ?? [];
        const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
        if (failed >= 0) throw tx.onFail[failed](reasons[failed].Item ? unmarshallLoose(reasons[failed].Item) : undefined);
        const conflict = reasons.some((r) => r.Code === 'TransactionConflict');
        if (conflict && attempt < MAX_ATTEMPTS) {
          await sleep(10 + Math.random() * 40 * attempt);
          continue;
        }
        if (conflict) throw new ConflictError('The record is being changed by someone else right now; please retry', 'stale-version');
      }
      if ((err as { name?: string })?.name === 'TransactionInProgressException' && attempt < MAX_ATTEMPTS) {
        await sleep(50 * attempt);
        continue;
      }
      if (isUnavailable(err)) throw new UnavailableError(err);
      throw err;
    }
  }
}

/**
 * Puts items that must be new (the parts of a version not yet listed anywhere), each conditional on
 * its key being unused, in transactions of `perTx`; the caller writes what makes them visible last.
 */
export async function putAllNew(doc: DynamoDBDocumentClient, table: string, items: Item[], onConflict: (item: Item) => StorageError, perTx = 25): Promise<void> {
  for (let i = 0; i < items.length; i += perTx) {
    const tx = new Tx();
    for (const item of items.slice(i, i + perTx)) tx.add({ Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } }, () => onConflict(item));
    await commitTx(doc, tx);
  }
}

/** CancellationReasons items come back in wire format; the few fields we read are scalars. */
function unmarshallLoose(item: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) out[k] = v?.N !== undefined ? Number(v.N) : (v?.S ?? v);
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
