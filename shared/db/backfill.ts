/**
 * Backfills what records written before a pattern existed lack, then writes the pattern's marker
 * (21): the projection items of pattern 20 (records of one social space), and the list-order key of
 * pattern 23 (GSI3 attributes on the record itself) with its collection's counter (24). Until a marker exists, the lists that would
 * use the pattern read the collection, so nothing is missed while it runs.
 *
 * Safe beside live writes: each record's items or keys are written only if the record still has
 * the version that was read (a condition in the same transaction); a record changed meanwhile already
 * carries them from that change. Running it again is harmless.
 *
 * Runs when the local stack starts and, in AWS, hourly from the reports function's schedule
 * (infra/stacks/reportSchedule.ts); once every marker is written, a run reads only the markers.
 */
import { entities, type EntityDef, type Item } from '../entities.ts';
import type { BackfilledPattern } from './reads.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError } from './errors.ts';
import { itemKeys, keys, projectionItems } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, guardItem, sortedCountItem, Tx } from './transaction.ts';
import { now as clockNow } from '../time/clock.ts';

export const BACKFILL_ACTOR = 'system:backfill';
const CONCURRENCY = 16;

/** The types listed by social space (pattern 20). */
export const bySpaceTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.patterns.bySpace) as EntityDef[];
/** The types whose collection is kept in its list's order (pattern 23). */
export const sortedTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.patterns.sortedBy) as EntityDef[];

/** The record has what the pattern needs already (it was written or changed since the pattern exists). */
class AlreadyDone extends ConflictError {
  constructor() {
    super('already backfilled', 'duplicate');
  }
}

export interface BackfillOutcome {
  pattern: BackfilledPattern;
  type: string;
  /** Records given their copies or key now; records changed meanwhile are skipped (they have theirs); records that had them are neither. */
  records: number;
  skipped: number;
  /** False when the marker existed already: nothing was read. */
  ran: boolean;
}

/** The writes that give one record what the pattern needs, only while it has the version read. */
function recordTx(repo: Repository, def: EntityDef, pattern: BackfilledPattern, record: Item): Tx | undefined {
  const changed = () => new ConflictError(`${def.type} ${record.id} changed`, 'stale-version');
  const unchanged = { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': record.version } };
  if (pattern === 'sorted') {
    // Only a record without the key gains it (a record changed since deploy has it), and the
    // collection's counter (24) grows with it in the same transaction.
    const { GSI3PK, GSI3SK } = itemKeys(def, record);
    return new Tx()
      .add(
        {
          Update: {
            TableName: repo.table,
            Key: keys.entity(def.type, record.id),
            UpdateExpression: 'SET GSI3PK = :pk, GSI3SK = :sk',
            ...unchanged,
            ConditionExpression: `${unchanged.ConditionExpression} AND attribute_not_exists(GSI3PK)`,
            ExpressionAttributeValues: { ...unchanged.ExpressionAttributeValues, ':pk': GSI3PK, ':sk': GSI3SK },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        (old) => (old?.version === record.version && old?.GSI3PK ? new AlreadyDone() : changed()),
      )
      .add(...sortedCountItem(repo.table, def.type, 1));
  }
  const copies = projectionItems(def, record).filter((p) => p.PK.startsWith(keys.inSpace(def.type, '').PK));
  if (!copies.length) return undefined;
  const tx = new Tx().add({ ConditionCheck: { TableName: repo.table, Key: keys.entity(def.type, record.id), ...unchanged } }, changed);
  for (const copy of copies) tx.add({ Put: { TableName: repo.table, Item: copy } }, () => new ConflictError('projection changed', 'stale-version'));
  return tx;
}

async function backfillType(repo: Repository, def: EntityDef, pattern: BackfilledPattern, now: () => Date): Promise<BackfillOutcome> {
  if (await repo.backfilled(def, pattern)) return { pattern, type: def.type, records: 0, skipped: 0, ran: false };
  let records = 0;
  let skipped = 0;
  const copyOne = async (record: Item) => {
    const tx = recordTx(repo, def, pattern, record);
    if (!tx) return;
    try {
      await commitTx(repo.doc, tx);
      records++;
    } catch (err) {
      if (err instanceof AlreadyDone) return;
      if (!(err instanceof ConflictError)) throw err;
      skipped++;
    }
  };
  const all = await repo.queryAll<Item>(accessPatterns.collection(def));
  // Several transactions at a time: 20,000 meetings one by one would outlast the function's timeout.
  for (let i = 0; i < all.length; i += CONCURRENCY) await Promise.all(all.slice(i, i + CONCURRENCY).map(copyOne));
  const at = now().toISOString();
  const done = new Tx()
    .add(...guardItem(repo.table, keys.backfill(pattern, def.type), { _type: 'backfill', pattern, entityType: def.type, records, at }, () => new ConflictError('backfill finished concurrently', 'duplicate')))
    .add(...auditItem(repo.table, { entityType: 'backfill', entityId: `${pattern}-${def.type}`, action: 'create', actor: BACKFILL_ACTOR, at, version: 1, changes: { records: { to: records } } }));
  try {
    await commitTx(repo.doc, done);
  } catch (err) {
    // Another run finished first: its marker stands for both.
    if (!(err instanceof ConflictError)) throw err;
  }
  return { pattern, type: def.type, records, skipped, ran: true };
}

/** Every pending backfill; each type at most once. */
export async function runBackfills(repo: Repository, now: () => Date = clockNow): Promise<BackfillOutcome[]> {
  const out: BackfillOutcome[] = [];
  for (const def of bySpaceTypes()) out.push(await backfillType(repo, def, 'bySpace', now));
  for (const def of sortedTypes()) out.push(await backfillType(repo, def, 'sorted', now));
  return out;
}
