/**
 * A published indicator as the public sees it (issue 33): its values in one social space over the
 * last periods, baseline and target, with the one small-count rule (smallCounts.ts) applied to
 * every value that counts people or things. Pure: the public pages, their CSV and JSON downloads and
 * the district report all take their figures from here, so no path shows more than another.
 */
import { published, publishedRate } from './smallCounts.ts';

export type ValueKind = 'count' | 'share' | 'measure';

/**
 * What each computed metric yields (shares are percentages of people; density is an index). Room
 * hours are sums published, like a rate, only with the groups behind them (their basis); the share
 * of opening hours in use measures the rooms, not a count of anyone.
 */
const METRIC_KIND: Record<string, ValueKind> = {
  'network-density': 'measure',
  'activation-share': 'share',
  'ideas-answered-14d': 'share',
  'room-hours-groups': 'share',
  'room-hours-partners': 'share',
  'room-opening-hours-used': 'measure',
  'room-requests-answered-3wd': 'share',
};

/**
 * The kind of an indicator's values: as declared; else a computed metric's (a count unless listed
 * above; per 1,000 inhabitants is a rate); else a count: the careful default, which hides small values.
 */
export function valueKindOf(indicator: { valueKind?: ValueKind; metric?: string; metricOptions?: { per1000?: string } }): ValueKind {
  if (indicator.valueKind) return indicator.valueKind;
  if (indicator.metricOptions?.per1000) return 'share';
  if (indicator.metric) return METRIC_KIND[indicator.metric] ?? 'count';
  return 'count';
}

export type Shown = { value: number | null; suppressed?: 'small' | 'withheld' };
/** A value as shown: itself, or hidden with the reason. */
export const shown = (value: number | null): Shown => (value === null ? { value: null, suppressed: 'small' } : { value });

/** How many periods the trend shows. */
export const TREND_PERIODS = 8;

/** What a measurement's value was computed from (a rate's or share's counts). */
export type Basis = { numerator: number; denominator?: number };

/**
 * One value as published, the one rule for every public path: a count under 5 is hidden; a rate or
 * share is hidden when computed from a count under 5 (its basis: publishedRate, or per 1,000 of a
 * small count); a value without a basis, or another measure (an index), is shown as it is.
 */
export function publishedValue(kind: ValueKind, m: { value: number; basis?: Basis }): number | null {
  if (kind === 'count') return published(m.value);
  if (kind === 'measure' || !m.basis) return m.value;
  const { numerator, denominator } = m.basis;
  const hidden = denominator === undefined ? published(numerator) === null : publishedRate(numerator, denominator) === null;
  return hidden ? null : m.value;
}

export interface ResultInput {
  kind: ValueKind;
  /** The indicator's measurements in the social space, any order. */
  measurements: { period: string; value: number; basis?: Basis }[];
  /** The targets of the social space, by year. */
  targets: { year: number; baseline?: number; target: number }[];
}

/** The target of the latest value's year, else the newest one. */
export function targetFor<T extends { year: number }>(latestPeriod: string | undefined, targets: T[]): T | undefined {
  const year = latestPeriod ? Number(latestPeriod.slice(0, 4)) : undefined;
  return targets.find((t) => t.year === year) ?? [...targets].sort((a, b) => b.year - a.year)[0];
}

export interface PublishedResult {
  trend: (Shown & { period: string })[];
  latest?: Shown & { period: string };
  baseline?: Shown;
  target?: Shown;
}

/**
 * The last TREND_PERIODS values, oldest first, the latest, and the baseline and target of the latest
 * value's year (else the newest target's). A baseline that counts is hidden like any count; a target
 * is a plan, not a count of anyone, and is shown as it is.
 */
export function publishedResult({ kind, measurements, targets }: ResultInput): PublishedResult {
  const isCount = kind === 'count';
  const series = [...measurements].sort((a, b) => a.period.localeCompare(b.period)).slice(-TREND_PERIODS);
  const trend = series.map((m) => ({ period: m.period, ...shown(publishedValue(kind, m)) }));
  const latest = trend.at(-1);
  const target = targetFor(latest?.period, targets);
  return {
    trend,
    ...(latest ? { latest } : {}),
    ...(target?.baseline !== undefined ? { baseline: shown(isCount ? published(target.baseline) : target.baseline) } : {}),
    ...(target ? { target: { value: target.target } } : {}),
  };
}
