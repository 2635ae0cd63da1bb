/**
 * Resolves the names a spreadsheet gives for districts, social spaces, quarters, organisations, centres
 * and indicators to their ids (an id is accepted as well), and suggests the nearest name when one is
 * misspelt. Each type's records are read once per resolver (pattern 2; these collections are small).
 */
import { distance } from 'fastest-levenshtein';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { foldName, quote } from '../../shared/import/cells.ts';
import type { RefType } from '../../shared/import/specs.ts';

const NOT_A: Record<RefType, string> = {
  district: 'kein Stadtbezirk',
  socialSpace: 'kein Sozialraum',
  quarter: 'kein Quartier',
  organisation: 'kein Träger im System',
  centre: 'kein Stadtteilzentrum',
  indicator: 'keine Kennzahl',
};

export type Resolved = { id: string } | { error: string };

/** Its name, and each ending after a space: „Nordenn“ is near „Hammer Norden“ through „Norden“. */
function nearness(input: string, name: string): number {
  const words = name.split(' ');
  return Math.min(...words.map((_, i) => distance(input, words.slice(i).join(' '))));
}

/** What a reference to a record the same file brings resolves to in the preview (the run writes that record first). */
export const PENDING_ID = 'import-pending';

export class References {
  private loaded = new Map<RefType, Promise<Item[]>>();
  private expected = new Map<RefType, Set<string>>();
  constructor(private readonly repo: Repository) {}

  /** Names of records the file itself creates before the rows that name them (an HSDS file's organisations). */
  expect(type: RefType, names: string[]): void {
    this.expected.set(type, new Set(names.map(foldName)));
  }

  /** A record this run wrote: later rows find it by name. */
  learn(type: string, record: Item): void {
    const loaded = this.loaded.get(type as RefType);
    if (loaded) this.loaded.set(type as RefType, loaded.then((all) => [...all.filter((r) => r.id !== record.id), record]));
  }

  records(type: RefType): Promise<Item[]> {
    if (!this.loaded.has(type)) this.loaded.set(type, this.repo.listAll(entities[type] as EntityDef));
    return this.loaded.get(type)!;
  }

  async resolve(type: RefType, written: string): Promise<Resolved> {
    const records = await this.records(type);
    const byId = records.find((r) => r.id === written);
    if (byId) return { id: byId.id };
    const folded = foldName(written);
    const named = records.filter((r) => foldName(String(r.name ?? '')) === folded);
    if (named.length === 1) return { id: named[0].id };
    if (!named.length && this.expected.get(type)?.has(folded)) return { id: PENDING_ID };
    if (named.length > 1) return { error: `${quote(written)} ist mehrdeutig (${named.length} Einträge dieses Namens); bitte die Kennung angeben: ${named.map((r) => r.id).join(', ')}` };
    const near = records
      .map((r) => ({ name: String(r.name ?? ''), d: nearness(folded, foldName(String(r.name ?? ''))) }))
      .filter((c) => c.d <= Math.max(2, Math.floor(folded.length / 4)))
      .sort((a, b) => a.d - b.d)[0];
    return { error: `${quote(written)} ist ${NOT_A[type]}${near ? ` — meinten Sie ${quote(near.name)}?` : ''}` };
  }
}
