/**
 * The need-vs-offer matrix of a social space (the prevention chain): age bands × themes, each cell
 * holding the published offers that cover it next to the open needs in it, and the public searches
 * that found nothing there. A cell with a need and no offer is a gap; gaps come first. Residents'
 * open ideas stand beside it by theme (they carry no age): what people said before it became a need.
 * Pure: the planning function loads the records.
 */
import type { Item } from '../entities.ts';
import { MATRIX_AGE_BANDS, PREVENTION_TARGET_GROUPS } from './audiences.ts';
import { openIdea } from './ideas.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';

export type MatrixView = 'all' | 'kekiz';

const KEKIZ_MAX_AGE = 27;
const bandLabel = ([lo, hi]: readonly [number, number]) => (hi > 120 ? `${lo}+` : `${lo}–${hi}`);
/** Does the age range [min, max] (inclusive, open ends) meet the band [lo, hi)? */
const meets = (min: number | undefined, max: number | undefined, [lo, hi]: readonly [number, number]) => (min ?? 0) < hi && (max ?? 120) >= lo;
const forPrevention = (groups: string[] = []) => groups.some((g) => (PREVENTION_TARGET_GROUPS as readonly string[]).includes(g));

export function needOfferMatrix(input: { socialSpaceId: string; view: MatrixView; themes: string[]; offers: Item[]; needs: Item[]; searchGaps: Item[]; ideas: Item[] }) {
  const kekiz = input.view === 'kekiz';
  const bands = MATRIX_AGE_BANDS.filter(([lo]) => !kekiz || lo < KEKIZ_MAX_AGE);
  const offers = input.offers.filter((o) => o.status === 'published' && o.socialSpaceIds?.includes(input.socialSpaceId) && (!kekiz || forPrevention(o.targetGroups)));
  const needs = input.needs.filter((n) => n.status === 'open' && n.socialSpaceId === input.socialSpaceId && (!kekiz || forPrevention(n.targetGroups)));
  const gapsHere = input.searchGaps.filter((g) => g.socialSpaceId === input.socialSpaceId && g.theme !== '-' && g.ageBand !== '-');
  const cells = bands.flatMap((band) =>
    input.themes.map((theme) => {
      const inCell = {
        offers: offers.filter((o) => o.themes?.includes(theme) && meets(o.minAge, o.maxAge, band)).map((o) => ({ id: o.id, title: o.title })),
        needs: needs.filter((n) => n.theme === theme && meets(n.minAge, n.maxAge, band)).map((n) => ({ id: n.id, title: n.title, priority: n.priority ?? 2 })),
        unmetSearches: gapsHere
          .filter((g) => {
            const [lo, hi] = String(g.ageBand).split('-').map(Number);
            return g.theme === theme && meets(lo, hi, band);
          })
          .reduce((n, g) => n + (Number(g.count) || 0), 0),
      };
      return { ageBand: bandLabel(band), theme, ...inCell, gap: inCell.needs.length > 0 && inCell.offers.length === 0 };
    }),
  );
  const urgency = (c: (typeof cells)[number]) => Math.min(...c.needs.map((n) => n.priority));
  const gaps = cells.filter((c) => c.gap).sort((a, b) => urgency(a) - urgency(b) || b.needs.length - a.needs.length);
  const ideas = input.ideas.filter((i) => i.socialSpaceId === input.socialSpaceId && openIdea(i) && (!kekiz || forPrevention(i.targetGroups)));
  const ideasByTheme = input.themes.map((theme) => ({ theme, ideas: ideas.filter((i) => i.theme === theme).map((i) => ({ id: i.id, text: i.text })) }));
  return { socialSpaceId: input.socialSpaceId, view: input.view, ageBands: bands.map(bandLabel), themes: input.themes, cells, gaps, ideas: ideasByTheme, searchesByLanguage: searchesByLanguage(input.searchGaps, input.socialSpaceId) };
}

/**
 * Searches in the space that found nothing, by the language they were made in (German first, then by
 * count): searches in Turkish that find nothing say the offers are not known in Turkish.
 */
export function searchesByLanguage(searchGaps: Item[], socialSpaceId: string) {
  const counts = new Map<string, number>();
  for (const g of searchGaps.filter((g) => g.socialSpaceId === socialSpaceId)) counts.set(g.language, (counts.get(g.language) ?? 0) + (Number(g.count) || 0));
  return [...counts].map(([language, count]) => ({ language, count })).sort((a, b) => Number(b.language === SOURCE_LANGUAGE) - Number(a.language === SOURCE_LANGUAGE) || b.count - a.count);
}
