/**
 * Hamm's real spatial structure and goal texts (from shared/data/hamm-areas.json), as entities.
 * Ids are readable slugs so that seeding is idempotent and links are stable.
 */
import areas from '../data/hamm-areas.json' with { type: 'json' };

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export interface SeedItem {
  type: string;
  id: string;
  data: Record<string, unknown>;
  /** Creation time to record (demo offers), else the time of seeding. */
  at?: string;
}

export function hammStructure(): SeedItem[] {
  const out: SeedItem[] = [];
  const districtOfQuarter = new Map<string, string>();
  for (const d of areas.districts) {
    out.push({ type: 'district', id: d.key, data: { name: d.name } });
    for (const q of d.quarters) districtOfQuarter.set(q, d.key);
  }
  for (const s of areas.socialSpaces) {
    const districtIds = [...new Set(s.quarters.map((q) => districtOfQuarter.get(q)!))];
    out.push({ type: 'socialSpace', id: s.key, data: { name: s.name, districtIds } });
  }
  for (const s of areas.socialSpaces)
    for (const q of s.quarters)
      out.push({ type: 'quarter', id: slug(q), data: { name: q, socialSpaceId: s.key, districtId: districtOfQuarter.get(q)! } });
  for (const g of areas.strategicGoals)
    out.push({ type: 'goal', id: `goal-${g.number}`, data: { number: g.number, title: g.de } });
  return out;
}

export const socialSpaceKeys = areas.socialSpaces.map((s) => s.key);
export const socialSpaceNames = Object.fromEntries(areas.socialSpaces.map((s) => [s.key, s.name]));
export const quartersOf = Object.fromEntries(areas.socialSpaces.map((s) => [s.key, s.quarters.map(slug)]));
export const quarterNamesOf: Record<string, string[]> = Object.fromEntries(areas.socialSpaces.map((s) => [s.key, s.quarters]));
export const themes = areas.themes;
export const programmes = areas.programmes;
