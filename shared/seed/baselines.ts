/**
 * Baselines of the computed demo indicators, taken from the seeded meetings and activities with the
 * metric catalogue itself, so that their targets fit the figures the metric job will compute.
 */
import type { Item } from '../entities.ts';
import { METRICS } from '../metrics/catalogue.ts';
import { monthRange, monthsEndingWith, monthsOfPeriod } from '../time/months.ts';
import type { Metric } from '../schemas/indicator.ts';
import type { SeedItem } from './hamm.ts';

const spaces = (d: Item): string[] => d.socialSpaceIds ?? (d.socialSpaceId ? [d.socialSpaceId] : []);

/**
 * The mean value of a metric over the first three periods whose window the seeded months cover
 * completely (a rolling year needs twelve months of history first); null without any value.
 */
export function seededBaseline(work: SeedItem[], metric: Metric, socialSpaceId: string, periods: string[], firstMonth: string): number | null {
  const def = METRICS[metric];
  const type = def.reads === 'meetings' ? 'meeting' : 'activity';
  const records = work.filter((i) => i.type === type && spaces(i.data).includes(socialSpaceId)).map((i) => i.data);
  const windowOf = (period: string) => {
    const months = monthsOfPeriod(period);
    return def.window === 'year' ? monthsEndingWith(months[months.length - 1], 12) : months;
  };
  const values = periods
    .filter((p) => windowOf(p)[0] >= firstMonth)
    .slice(0, 3)
    .map((p) => {
      const window = windowOf(p);
      const end = monthRange(window[window.length - 1]).end;
      return def.value({ socialSpaceId, records: records.filter((r) => window.includes(String(r.date).slice(0, 7))), options: {}, end, currentSince: end });
    })
    .filter((v): v is number => v !== null);
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
}
