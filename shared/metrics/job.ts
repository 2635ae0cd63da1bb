/**
 * The metric job: writes the values of computed indicators as measurements (`source: computed`).
 * Idempotent: an unchanged value writes nothing, a changed one is an audited update by
 * `system:metrics`, and the measurement's natural-key guard (pattern 5) keeps exactly one per
 * indicator, social space and period, also when a crashed run is repeated or two runs overlap.
 * Reads: social spaces (2), the meetings or activities of each space and month (14), offers (2),
 * a space's ideas (3); for the room metrics centres (2), their rooms and bookings (3) and the rooms' own use (36).
 */
import type { Repository } from '../db/repository.ts';
import { ConflictError } from '../db/errors.ts';
import { entities, type EntityDef, type Item } from '../entities.ts';
import { monthOf, monthRange, monthsEndingWith, monthsOfPeriod } from '../time/months.ts';
import { periodFor, type Frequency } from '../domain/scorecard.ts';
import type { Indicator, Metric } from '../schemas/indicator.ts';
import type { Measurement } from '../schemas/measurement.ts';
import { METRICS } from './catalogue.ts';
import { loadCentreUse } from './roomUse.ts';

export const METRICS_ACTOR = 'system:metrics';
/** Who writes the sums of partner contributions. */
export const CONTRIBUTIONS_ACTOR = 'system:contributions';

export type ComputeOutcome = 'created' | 'updated' | 'unchanged' | 'removed' | 'none';
export interface ComputeResult {
  socialSpaceId: string;
  value: number | null;
  outcome: ComputeOutcome;
}

const SOURCE_OF: Record<'meetings' | 'activities', EntityDef> = { meetings: entities.meeting, activities: entities.activity };

/** Computes one computed indicator for one period in every social space, and stores the values. */
export async function computeIndicator(repo: Repository, indicator: Indicator, period: string): Promise<ComputeResult[]> {
  const metric = METRICS[indicator.metric as Metric];
  const months = monthsOfPeriod(period);
  const last = months[months.length - 1];
  const window = metric.window === 'year' ? monthsEndingWith(last, 12) : months;
  const end = monthRange(last).end;
  const currentSince = monthRange(monthsEndingWith(last, 6)[0]).start;
  const [spaces, shared] = await Promise.all([repo.listAll(entities.socialSpace), sharedRecords(repo, metric.reads, window)]);
  spaces.sort((a, b) => a.id.localeCompare(b.id));
  return Promise.all(
    spaces.map(async ({ id: socialSpaceId }) => {
      const records: Item[] = shared ?? (await spaceRecords(repo, metric.reads, socialSpaceId, window));
      const input = { socialSpaceId, records, options: indicator.metricOptions ?? {}, end, currentSince };
      const raw = metric.value(input);
      const per = indicator.metricOptions?.per1000;
      const value = raw === null || !per ? raw : perThousand(raw, per, await repo.listAll(entities.areaFigure, { parentId: socialSpaceId }), Number(last.slice(0, 4)));
      // What a rate is computed from: per 1,000 of a count, that count; a share of people, its two counts.
      const basis = raw !== null && per ? { numerator: raw } : metric.basis?.(input);
      return { socialSpaceId, value, outcome: await storeValue(repo, { indicatorId: indicator.id, socialSpaceId, period }, value, 'computed', basis) };
    }),
  );
}

/** Which key figures make the base of a normalisation: population, or population times a share. */
const BASE_OF = { population: undefined, children: 'share-under-18', seniors: 'share-over-65' } as const;

/**
 * `value` per 1,000 of the base, from the space's newest key figures of the period's year or before;
 * null when a figure is missing (then nothing is written rather than a wrong figure).
 */
export function perThousand(value: number, per: keyof typeof BASE_OF, figures: Item[], year: number): number | null {
  const newest = (key: string) => figures.filter((f) => f.key === key && f.year <= year).sort((a, b) => b.year - a.year)[0]?.value as number | undefined;
  const population = newest('population');
  const share = BASE_OF[per] ? newest(BASE_OF[per]!) : 100;
  if (!population || share === undefined) return null;
  const base = (population * share) / 100;
  return base > 0 ? Math.round((value / base) * 1000 * 10) / 10 : null;
}

/**
 * What a metric reads per social space: its meetings or activities of each month (14); its ideas (3)
 * received in the window; the answers (3) to its surveys (3) received in the window; the sign-ups (3)
 * for its activities held in the window (14).
 */
async function spaceRecords(repo: Repository, reads: string, socialSpaceId: string, window: string[]): Promise<Item[]> {
  const inWindow = (iso: string) => window.includes(monthOf(new Date(iso)));
  if (reads === 'ideas') return (await repo.listAll(entities.idea, { parentId: socialSpaceId })).filter((i) => inWindow(i.createdAt));
  if (reads === 'survey-responses') {
    const surveys = await repo.listAll(entities.survey, { parentId: socialSpaceId });
    return (await Promise.all(surveys.map((s) => repo.listAll(entities.surveyResponse, { parentId: s.id })))).flat().filter((r) => inWindow(r.createdAt));
  }
  if (reads === 'sign-ups') {
    const activities = (await Promise.all(window.map((m) => repo.listBySpaceMonth(entities.activity, socialSpaceId, m)))).flat().filter((a) => a.signUp && a.socialSpaceId === socialSpaceId);
    return (await Promise.all(activities.map((a) => repo.listAll(entities.signUp, { parentId: a.id })))).flat();
  }
  return (await Promise.all(window.map((m) => repo.listBySpaceMonth(SOURCE_OF[reads as 'meetings' | 'activities'], socialSpaceId, m)))).flat();
}

/** What a metric reads once for all social spaces (offers, search gaps, centres with their rooms); undefined when it reads per space. */
async function sharedRecords(repo: Repository, reads: string, window: string[]): Promise<Item[] | undefined> {
  if (reads === 'offers') return repo.listAll(entities.offer);
  // Centres are few and a space's are found only by reading them all: once per run, not per space.
  if (reads === 'room-use') return (await loadCentreUse(repo, window)) as unknown as Item[];
  if (reads === 'search-gaps') return (await Promise.all(window.map((m) => repo.listSearchGaps(m)))).flat();
  return undefined;
}

/**
 * A partner indicator's value in one social space and period: the sum of the organisations'
 * contributions (pattern 4, the period's contributions of this indicator and space); none, no value.
 */
export async function sumContributions(repo: Repository, indicatorId: string, socialSpaceId: string, period: string): Promise<ComputeResult> {
  const mine = (await repo.listByPeriod(entities.contribution, period)).filter((c) => c.indicatorId === indicatorId && c.socialSpaceId === socialSpaceId);
  const value = mine.length ? Math.round(mine.reduce((n, c) => n + c.value, 0) * 1000) / 1000 : null;
  return { socialSpaceId, value, outcome: await storeValue(repo, { indicatorId, socialSpaceId, period }, value, 'partner') };
}

/**
 * Before the monthly report: every computed indicator, for the last period the closing month
 * completes, and the sums of every partner indicator (normally written with each contribution;
 * recomputing them here heals a sum whose write failed after its contribution's).
 */
export async function computeClosingMonth(repo: Repository, month: string): Promise<Record<string, ComputeResult[]>> {
  const indicators = await repo.listAll(entities.indicator);
  const out: Record<string, ComputeResult[]> = {};
  for (const indicator of indicators.filter((i) => i.source === 'computed' && i.metric)) out[indicator.id] = await computeIndicator(repo, indicator, periodFor(month, indicator.frequency as Frequency));
  for (const indicator of indicators.filter((i) => i.source === 'partner')) {
    const period = periodFor(month, indicator.frequency as Frequency);
    const spaces = [...new Set((indicator.reporters ?? []).flatMap((r) => r.socialSpaceIds))].sort();
    out[indicator.id] = await Promise.all(spaces.map((s) => sumContributions(repo, indicator.id, s, period)));
  }
  return out;
}

type Slot = { indicatorId: string; socialSpaceId: string; period: string };

/** Writes what the system derives (computed values, partner sums) as the slot's measurement, if it changed. */
async function storeValue(repo: Repository, slot: Slot, value: number | null, source: 'computed' | 'partner', basis?: Measurement['basis']): Promise<ComputeOutcome> {
  const def = entities.measurement;
  const opts = { actor: source === 'computed' ? METRICS_ACTOR : CONTRIBUTIONS_ACTOR };
  // A concurrent run may write the same slot between our read and write: read again and decide anew.
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await repo.findByUnique<Measurement>(def, slot);
      if (value === null) {
        if (!existing) return 'none';
        await repo.delete(def, existing.id, existing.version, { ...opts, current: existing });
        return 'removed';
      }
      const withBasis = basis ? { basis } : {};
      if (!existing) {
        await repo.create(def, { ...slot, value, source, ...withBasis }, opts);
        return 'created';
      }
      if (existing.value === value && existing.source === source && JSON.stringify(existing.basis) === JSON.stringify(basis)) return 'unchanged';
      const { id, version, createdAt, updatedAt, createdBy, updatedBy, basis: _old, ...data } = existing;
      await repo.update(def, id, { ...data, value, source, ...withBasis }, version, { ...opts, current: existing });
      return 'updated';
    } catch (err) {
      if (err instanceof ConflictError && attempt < 4) continue;
      throw err;
    }
  }
}
