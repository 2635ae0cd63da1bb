/**
 * Pattern 23's order key orders, compared as bytes (as DynamoDB compares sort keys), like the
 * admin lists' German collator: an unfiltered list read from the index shows what the in-memory
 * sort showed before.
 */
import { describe, expect, it } from 'vitest';
import { itemKeys, orderKey } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('orderKey', () => {
  const titles = ['Zumba im Park', 'Äpfel sammeln', 'apfelbaum', 'Apfel 10', 'Apfel 2', 'Öffnungszeit', 'Oberhausen', 'Straße der Kinder', 'Strasse am Bach', 'Élan vital', 'elan', 'Kurs 007', 'Kurs 8', 'kurs 100', 'Mütter-Café', 'Mutterberatung', 'Ü-60-Treff', 'Uhrmacher', '2026 Sommerfest', '10 Jahre Treff'];

  it('sorts German titles as the collator does: case, accents and ß folded, digit runs by value', () => {
    const byCollator = [...titles].sort(collator.compare);
    const byKey = [...titles].sort((a, b) => bytes(orderKey(a), orderKey(b)));
    // Titles the collator finds equal may sit in either order; compare their positions as groups.
    const group = (list: string[]) => list.map((t) => orderKey(t));
    expect(group(byKey)).toEqual(group(byCollator));
    expect(byKey.slice(0, 2)).toEqual(['10 Jahre Treff', '2026 Sommerfest']);
    expect(byKey.indexOf('Apfel 2')).toBeLessThan(byKey.indexOf('Apfel 10'));
    expect(byKey.indexOf('Kurs 8')).toBeLessThan(byKey.indexOf('kurs 100'));
  });

  it('orders calendar days by date', () => {
    const days = ['2026-11-03', '2025-12-31', '2026-02-10', '2026-11-30'];
    expect([...days].sort((a, b) => bytes(orderKey(a), orderKey(b)))).toEqual([...days].sort());
  });

  it('keeps a record in its type\'s order partition, after its order key, tie broken by id', () => {
    const k = itemKeys(entities.offer, { id: '01ABC', title: 'Äpfel' });
    expect(k).toMatchObject({ GSI3PK: 'hamm|sorted#offer', GSI3SK: 'apfel#01ABC' });
  });

  it('is never given to a type whose GSI3 holds its periods (pattern 4)', () => {
    for (const def of Object.values(entities)) expect(Boolean(def.patterns.sortedBy && def.patterns.byPeriod), def.type).toBe(false);
  });
});
