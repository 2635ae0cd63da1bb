/**
 * Applies seed items through the repository: validated by the entity schemas, created only
 * where the id is missing. A second run therefore changes nothing and never overwrites edits.
 */
import { entities, type EntityDef, type EntityType } from '../entities.ts';
import type { Repository } from '../db/repository.ts';
import { demoData } from './demo.ts';
import { hammStructure, type SeedItem } from './hamm.ts';
import { demoUsers } from './users.ts';

/** Referenced types come before the types that reference them. */
const ORDER: EntityType[] = ['district', 'socialSpace', 'quarter', 'goal', 'organisation', 'centre', 'offer', 'indicator', 'target', 'measurement', 'user'];

const SEED_CONCURRENCY = 8;

export function allSeedItems(today: Date): SeedItem[] {
  return [...hammStructure(), ...demoData(today), ...demoUsers()];
}

export async function applySeed(repo: Repository, items: SeedItem[], actor = 'system:seed'): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const type of ORDER) {
    const def = entities[type];
    const ofType = items.filter((i) => i.type === type);
    const present = new Set((await repo.batchGet<{ id: string }>(def, ofType.map((i) => i.id))).map((e) => e.id));
    const missing = ofType.filter((i) => !present.has(i.id));
    existing += ofType.length - missing.length;
    // Items referencing their own type (an organisation's parent) wait for the others.
    const selfRef = (i: SeedItem) => Object.entries(def.refs).some(([f, t]) => t === type && i.data[f] !== undefined);
    for (const wave of [missing.filter((i) => !selfRef(i)), missing.filter(selfRef)]) created += await createAll(repo, def, wave, actor);
  }
  return { created, existing };
}

async function createAll(repo: Repository, def: EntityDef, items: SeedItem[], actor: string): Promise<number> {
  let created = 0;
    // A few writers at once; conflicts on shared reference counts are retried by the repository.
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await repo.create(def, def.schemas.input.parse(item.data) as Record<string, unknown>, { actor, id: item.id, at: item.at });
      created++;
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  return created;
}
