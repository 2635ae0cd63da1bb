/**
 * The goal scorecard: pure computation, shared by the dashboard (GET /v1/scorecard) and the
 * monthly report. No I/O here; callers load indicators, targets and measurements.
 *
 * Status thresholds (documented in README, respected per direction):
 *   ratio = value / target            for higher-is-better
 *   ratio = target / value            for lower-is-better (a value of 0 counts as met)
 *   on-track  ratio ≥ 0.95   at-risk  0.85 ≤ ratio < 0.95   off-track  ratio < 0.85
 *   missing   no measurement for the period;  no-target  no target for the period's year
 * Trend compares with the previous period and the same period a year before:
 *   better / worse by direction, flat when the change is under 2 % of the earlier value.
 */
export type Status = 'on-track' | 'at-risk' | 'off-track' | 'missing' | 'no-target';
export type Trend = 'better' | 'worse' | 'flat' | 'unknown';
export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export const THRESHOLDS = { onTrack: 0.95, atRisk: 0.85, flat: 0.02 } as const;

export interface IndicatorIn {
  id: string;
  goalId: string;
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  frequency: Frequency;
  responsibleRole?: string;
}
export interface TargetIn {
  indicatorId: string;
  socialSpaceId: string;
  year: number;
  target: number;
  baseline?: number;
}
export interface MeasurementIn {
  indicatorId: string;
  socialSpaceId: string;
  period: string;
  value: number;
  /** Entered by hand (`manual`, also when absent) or `computed` by the metric job. */
  source?: string;
}

export interface Cell {
  indicatorId: string;
  socialSpaceId: string;
  period: string;
  value: number | null;
  /** Where the value comes from (`manual` or `computed`); null when it is missing. */
  source: string | null;
  target: number | null;
  baseline: number | null;
  ratio: number | null;
  status: Status;
  previous: number | null;
  yearAgo: number | null;
  trendPrevious: Trend;
  trendYear: Trend;
}

/** The last complete period of `frequency` that ends in or before month `month` (YYYY-MM). */
export function periodFor(month: string, frequency: Frequency): string {
  const [y, m] = month.split('-').map(Number);
  if (frequency === 'monthly') return month;
  if (frequency === 'quarterly') {
    if (m % 3 === 0) return `${y}-Q${m / 3}`;
    const q = Math.floor(m / 3);
    return q === 0 ? `${y - 1}-Q4` : `${y}-Q${q}`;
  }
  return m === 12 ? String(y) : String(y - 1);
}

/** The period `n` steps before `period` (same form). */
export function shiftPeriod(period: string, n: number): string {
  if (/^\d{4}$/.test(period)) return String(Number(period) - n);
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const idx = Number(q[1]) * 4 + Number(q[2]) - 1 - n;
    return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
  }
  const [y, m] = period.split('-').map(Number);
  const idx = y * 12 + m - 1 - n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** How many periods make a year, for the year-ago comparison. */
export const perYear = (f: Frequency) => (f === 'monthly' ? 12 : f === 'quarterly' ? 4 : 1);

/** All periods a scorecard for `month` needs: current, previous and a year before, per frequency. */
export function periodsNeeded(month: string): string[] {
  return (['monthly', 'quarterly', 'yearly'] as Frequency[]).flatMap((f) => {
    const p = periodFor(month, f);
    return [p, shiftPeriod(p, 1), shiftPeriod(p, perYear(f))];
  });
}

export function statusOf(value: number | null, target: number | null, direction: IndicatorIn['direction']): { status: Status; ratio: number | null } {
  if (value === null) return { status: 'missing', ratio: null };
  if (target === null) return { status: 'no-target', ratio: null };
  let ratio: number;
  if (direction === 'higher-is-better') ratio = target === 0 ? (value >= 0 ? 1 : 0) : value / target;
  else ratio = value === 0 ? (target >= 0 ? 1 : 0) : target / value;
  const status: Status = ratio >= THRESHOLDS.onTrack ? 'on-track' : ratio >= THRESHOLDS.atRisk ? 'at-risk' : 'off-track';
  return { status, ratio: Math.round(ratio * 1000) / 1000 };
}

export function trendOf(now: number | null, before: number | null, direction: IndicatorIn['direction']): Trend {
  if (now === null || before === null) return 'unknown';
  const delta = now - before;
  if (Math.abs(delta) < Math.abs(before) * THRESHOLDS.flat || delta === 0) return 'flat';
  const up = delta > 0;
  return up === (direction === 'higher-is-better') ? 'better' : 'worse';
}

export interface Scorecard {
  month: string;
  cells: Cell[];
  /** Per goal and social space: the worst status among measured indicators, or missing. */
  goals: { goalId: string; socialSpaceId: string; status: Status; counts: Record<Status, number> }[];
}

const SEVERITY: Status[] = ['off-track', 'at-risk', 'on-track', 'no-target', 'missing'];

export function rollUp(statuses: Status[]): Status {
  const measured: Status[] = statuses.filter((s) => s !== 'missing' && s !== 'no-target');
  if (!measured.length) return statuses.includes('no-target') ? 'no-target' : 'missing';
  return SEVERITY.find((s) => measured.includes(s))!;
}

export function computeScorecard(input: {
  month: string;
  socialSpaceIds: string[];
  indicators: IndicatorIn[];
  targets: TargetIn[];
  measurements: MeasurementIn[];
  /** All goals to roll up, including goals that have no indicator yet (they show as missing). */
  goalIds?: string[];
}): Scorecard {
  const measured = new Map(input.measurements.map((m) => [`${m.indicatorId}|${m.socialSpaceId}|${m.period}`, m]));
  const value = new Map([...measured].map(([k, m]) => [k, m.value]));
  const target = new Map(input.targets.map((t) => [`${t.indicatorId}|${t.socialSpaceId}|${t.year}`, t]));
  const cells: Cell[] = [];
  for (const ind of input.indicators) {
    const period = periodFor(input.month, ind.frequency);
    const prevPeriod = shiftPeriod(period, 1);
    const yearPeriod = shiftPeriod(period, perYear(ind.frequency));
    for (const ss of input.socialSpaceIds) {
      const v = value.get(`${ind.id}|${ss}|${period}`) ?? null;
      const t = target.get(`${ind.id}|${ss}|${Number(period.slice(0, 4))}`);
      const previous = value.get(`${ind.id}|${ss}|${prevPeriod}`) ?? null;
      const yearAgo = value.get(`${ind.id}|${ss}|${yearPeriod}`) ?? null;
      cells.push({
        indicatorId: ind.id,
        socialSpaceId: ss,
        period,
        value: v,
        source: v === null ? null : (measured.get(`${ind.id}|${ss}|${period}`)!.source ?? 'manual'),
        target: t?.target ?? null,
        baseline: t?.baseline ?? null,
        ...statusOf(v, t?.target ?? null, ind.direction),
        previous,
        yearAgo,
        trendPrevious: trendOf(v, previous, ind.direction),
        trendYear: trendOf(v, yearAgo, ind.direction),
      });
    }
  }
  const goalIds = input.goalIds ?? [...new Set(input.indicators.map((i) => i.goalId))].sort();
  const goalOf = new Map(input.indicators.map((i) => [i.id, i.goalId]));
  const goals = goalIds.flatMap((goalId) =>
    input.socialSpaceIds.map((socialSpaceId) => {
      const statuses = cells.filter((c) => c.socialSpaceId === socialSpaceId && goalOf.get(c.indicatorId) === goalId).map((c) => c.status);
      const counts = Object.fromEntries(SEVERITY.map((s) => [s, statuses.filter((x) => x === s).length])) as Record<Status, number>;
      return { goalId, socialSpaceId, status: rollUp(statuses), counts };
    }),
  );
  return { month: input.month, cells, goals };
}
