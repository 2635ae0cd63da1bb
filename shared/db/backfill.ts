/**
 * Backfills the projection items of pattern 20 (records of one social space) for records written
 * before the pattern existed, then writes the pattern's marker (21). Until the marker exists,
 * lists by social space read the collection, so nothing is missed while it runs.
 *
 * Safe beside live writes: each record's copies are put only if the record still has the version
 * that was read (a ConditionCheck in the same transaction); a record changed meanwhile already
 * carries its own copies from that change. Running it again is harmless.
 *
 * Runs when the local stack starts and, in AWS, hourly from the reports function's schedule
 * (infra/stacks/reportSchedule.ts); once every marker is written, a run reads only the markers.
 */
import { entities, type EntityDef, type Item } from '../entities.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError } from './errors.ts';
import { keys, projectionItems } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, guardItem, Tx } from './transaction.ts';
import { now as clockNow } from '../time/clock.ts';

export const BACKFILL_ACTOR = 'system:backfill';
const CONCURRENCY = 16;

/** The types listed by social space (pattern 20). */
export const bySpaceTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.patterns.bySpace) as EntityDef[];

export interface BackfillOutcome {
  type: string;
  /** Records given their copies now; records changed meanwhile are skipped (they have theirs). */
  records: number;
  skipped: number;
  /** False when the marker existed already: nothing was read. */
  ran: boolean;
}

async function backfillType(repo: Repository, def: EntityDef, now: () => Date): Promise<BackfillOutcome> {
  if (await repo.backfilled(def)) return { type: def.type, records: 0, skipped: 0, ran: false };
  let records = 0;
  let skipped = 0;
  const copyOne = async (record: Item) => {
    const copies = projectionItems(def, record).filter((p) => p.PK.startsWith(keys.inSpace(def.type, '').PK));
    if (!copies.length) return;
    const tx = new Tx().add(
      {
        ConditionCheck: {
          TableName: repo.table,
          Key: keys.entity(def.type, record.id),
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': record.version },
        },
      },
      () => new ConflictError(`${def.type} ${record.id} changed`, 'stale-version'),
    );
    for (const copy of copies) tx.add({ Put: { TableName: repo.table, Item: copy } }, () => new ConflictError('projection changed', 'stale-version'));
    try {
      await commitTx(repo.doc, tx);
      records++;
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      skipped++;
    }
  };
  const all = await repo.queryAll<Item>(accessPatterns.collection(def));
  // Several transactions at a time: 20,000 meetings one by one would outlast the function's timeout.
  for (let i = 0; i < all.length; i += CONCURRENCY) await Promise.all(all.slice(i, i + CONCURRENCY).map(copyOne));
  const at = now().toISOString();
  const done = new Tx()
    .add(...guardItem(repo.table, keys.backfill('bySpace', def.type), { _type: 'backfill', pattern: 'bySpace', entityType: def.type, records, at }, () => new ConflictError('backfill finished concurrently', 'duplicate')))
    .add(...auditItem(repo.table, { entityType: 'backfill', entityId: `bySpace-${def.type}`, action: 'create', actor: BACKFILL_ACTOR, at, version: 1, changes: { records: { to: records } } }));
  try {
    await commitTx(repo.doc, done);
  } catch (err) {
    // Another run finished first: its marker stands for both.
    if (!(err instanceof ConflictError)) throw err;
  }
  return { type: def.type, records, skipped, ran: true };
}

/** Every pending backfill; each type at most once. */
export async function runBackfills(repo: Repository, now: () => Date = clockNow): Promise<BackfillOutcome[]> {
  const out: BackfillOutcome[] = [];
  for (const def of bySpaceTypes()) out.push(await backfillType(repo, def, now));
  return out;
}
