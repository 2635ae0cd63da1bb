/**
 * The day the demo data was laid out around (pattern 22). The seed places 18 months of work
 * relative to "today"; a later start regenerates the items for the day recorded here, so the same
 * ids come out and nothing is added twice. Written once, with its audit entry; a start that races
 * another reads the winner's day.
 */
import { ConflictError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, guardItem, Tx } from './transaction.ts';
import { now } from '../time/clock.ts';

export async function seedAnchor(repo: Repository, today: Date, actor: string): Promise<Date> {
  const key = keys.seedAnchor();
  const found = await repo.getRaw(key);
  if (found) return new Date(found.today);
  const at = now().toISOString();
  const tx = new Tx()
    .add(...guardItem(repo.table, key, { _type: 'seedAnchor', today: today.toISOString(), at }, () => new ConflictError('seed anchored concurrently', 'duplicate')))
    .add(...auditItem(repo.table, { entityType: 'seedAnchor', entityId: 'demo', action: 'create', actor, at, version: 1, changes: { today: { to: today.toISOString() } } }));
  try {
    await commitTx(repo.doc, tx);
    return today;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    return new Date((await repo.getRaw(key))!.today);
  }
}
