/**
 * Backfills what records written before a pattern existed lack, then writes the pattern's marker
 * (21): the projection items of pattern 20 (records of one social space), the list-order key of
 * pattern 23 (GSI3 attributes on the record itself) with its collection's counter (24), and the
 * data-subject items of pattern 30 (of the records' `subjectFields` and of ideas' contact items). Until a marker exists, the lists that would
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
import { contactSubjectItems } from './ideaStore.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, guardItem, sortedCountItem, Tx } from './transaction.ts';
import { now as clockNow } from '../time/clock.ts';

export const BACKFILL_ACTOR = 'system:backfill';
const CONCURRENCY = 16;

/** The types listed by social space (pattern 20). */
export const bySpaceTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.patterns.bySpace) as EntityDef[];
/** The types whose collection is kept in its list's order (pattern 23). */
export const sortedTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.patterns.sortedBy) as EntityDef[];
/** The types holding a person's e-mail or phone (pattern 30). */
export const subjectTypes = (): EntityDef[] => Object.values(entities).filter((d) => d.subjectFields?.length) as EntityDef[];
/** The marker's type of the ideas' contact items (27), which pattern 30 finds beside the records. */
export const IDEA_CONTACT = { type: 'ideaContact' } as const;

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
  const prefix = pattern === 'subject' ? keys.subject('').PK : keys.inSpace(def.type, '').PK;
  const copies = projectionItems(def, record).filter((p) => p.PK.startsWith(prefix));
  if (!copies.length) return undefined;
  const tx = new Tx().add({ ConditionCheck: { TableName: repo.table, Key: keys.entity(def.type, record.id), ...unchanged } }, changed);
  for (const copy of copies) tx.add({ Put: { TableName: repo.table, Item: copy } }, () => new ConflictError('projection changed', 'stale-version'));
  return tx;
}

/** Pattern 30 for an idea's contact item: its subject items, only while the contact item still exists. */
async function ideaContactTx(repo: Repository, idea: Item): Promise<Tx | undefined> {
  if (!idea.hasContact) return undefined;
  const contact = (await repo.getRaw(keys.ideaContact(idea.id)))?.contact;
  const items = contact ? contactSubjectItems(idea.id, contact) : [];
  if (!items.length) return undefined;
  const tx = new Tx().add(
    { ConditionCheck: { TableName: repo.table, Key: keys.ideaContact(idea.id), ConditionExpression: 'attribute_exists(PK)' } },
    () => new ConflictError(`the contact data of idea ${idea.id} is gone`, 'stale-version'),
  );
  for (const item of items) tx.add({ Put: { TableName: repo.table, Item: item } }, () => new ConflictError('projection changed', 'stale-version'));
  return tx;
}

async function backfillType(repo: Repository, def: EntityDef | typeof IDEA_CONTACT, pattern: BackfilledPattern, now: () => Date): Promise<BackfillOutcome> {
  if (await repo.backfilled(def, pattern)) return { pattern, type: def.type, records: 0, skipped: 0, ran: false };
  const ideaContacts = def === IDEA_CONTACT;
  let records = 0;
  let skipped = 0;
  const copyOne = async (record: Item) => {
    const tx = ideaContacts ? await ideaContactTx(repo, record) : recordTx(repo, def as EntityDef, pattern, record);
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
  const all = await repo.queryAll<Item>(accessPatterns.collection(ideaContacts ? entities.idea : (def as EntityDef)));
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
  for (const def of subjectTypes()) out.push(await backfillType(repo, def, 'subject', now));
  out.push(await backfillType(repo, IDEA_CONTACT, 'subject', now));
  return out;
}
