/**
 * The monthly report's room figures per centre (issue 34: "computed per centre, social space and
 * month"). Why here and not as measurements: a measurement is one value per indicator, social space
 * and period (its natural-key guard, the scorecard, targets and published results all rest on that),
 * and a centre dimension would change every one of them. A centre's figure is a breakdown of its
 * space's value, so the report computes it from the same catalogue functions over that centre alone,
 * from the same reads (shared/metrics/roomUse.ts): the two cannot drift apart. Each figure is shown
 * by the one small-count rule of the published results (shared/domain/publishedResults.ts).
 */
import type { Metric } from '../../shared/schemas/indicator.ts';
import { METRICS } from '../../shared/metrics/catalogue.ts';
import type { CentreUse } from '../../shared/domain/roomUse.ts';
import { publishedValue, valueKindOf, type Shown } from '../../shared/domain/publishedResults.ts';
import { monthRange } from '../../shared/time/months.ts';

export const ROOM_METRICS = ['room-hours-groups', 'room-hours-partners', 'room-opening-hours-used', 'room-requests-answered-3wd', 'room-groups'] as const satisfies readonly Metric[];
export type RoomMetric = (typeof ROOM_METRICS)[number];

export interface CentreRooms {
  socialSpaceId: string;
  centreId: string;
  name: string;
  /** Null without anything to count (no request, no open hour); null with `suppressed` when too small to show. */
  figures: Record<RoomMetric, Shown>;
}

/** The figures of every centre with rooms in the social spaces, by centre name. */
export function roomFigures(centres: CentreUse[], socialSpaceIds: string[], month: string): CentreRooms[] {
  const { end } = monthRange(month);
  return centres
    .filter((c) => c.rooms.length && socialSpaceIds.includes(c.socialSpaceId))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((c) => {
      const input = { socialSpaceId: c.socialSpaceId, records: [c], options: {}, end, currentSince: end };
      const figure = (metric: RoomMetric): Shown => {
        const value = METRICS[metric].value(input);
        if (value === null) return { value: null };
        const shown = publishedValue(valueKindOf({ metric }), { value, basis: METRICS[metric].basis?.(input) });
        return shown === null ? { value: null, suppressed: 'small' } : { value: shown };
      };
      return { socialSpaceId: c.socialSpaceId, centreId: c.id, name: c.name, figures: Object.fromEntries(ROOM_METRICS.map((m) => [m, figure(m)])) as Record<RoomMetric, Shown> };
    });
}
