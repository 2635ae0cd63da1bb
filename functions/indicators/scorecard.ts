/**
 * Loads what a scorecard needs — indicators, goals, social spaces, targets (collections, 2) and
 * the measurements of the few periods it compares (pattern 4) — and computes it.
 * Used by GET /v1/scorecard and the monthly report; cost grows with the data of those periods only.
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import { computeScorecard, periodsNeeded, type MeasurementIn, type Scorecard, type TargetIn } from '../../shared/domain/scorecard.ts';

export interface LoadedScorecard extends Scorecard {
  socialSpaces: { id: string; name: string }[];
  goalList: { id: string; number: number; title: string }[];
  indicators: { id: string; goalId: string; name: string; unit: string; direction: string; frequency: string; responsibleRole?: string; source?: string }[];
}

// What the computation reads of targets and measurements (shared/domain/scorecard.ts: TargetIn, MeasurementIn); they are the bulk of its reads.
const TARGET_FIELDS = ['indicatorId', 'socialSpaceId', 'year', 'target', 'baseline'] as const satisfies readonly (keyof TargetIn)[];
const MEASUREMENT_FIELDS = ['indicatorId', 'socialSpaceId', 'period', 'value', 'source'] as const satisfies readonly (keyof MeasurementIn)[];

/** The raw inputs of a scorecard (the report reuses the targets for its own comparisons). */
export async function loadScorecardInputs(repo: Repository, month: string) {
  const periods = [...new Set(periodsNeeded(month))];
  const [socialSpaces, goals, indicators, targets, ...measurementsByPeriod] = await Promise.all([
    repo.listAll(entities.socialSpace),
    repo.listAll(entities.goal),
    repo.listAll(entities.indicator),
    repo.listAll(entities.target, { fields: TARGET_FIELDS }),
    ...periods.map((p) => repo.listByPeriod(entities.measurement, p, MEASUREMENT_FIELDS)),
  ]);
  return { socialSpaces, goals, indicators, targets, measurements: measurementsByPeriod.flat() };
}

export async function loadScorecard(repo: Repository, month: string): Promise<LoadedScorecard> {
  return scorecardFrom(month, await loadScorecardInputs(repo, month));
}

export function scorecardFrom(month: string, inputs: Awaited<ReturnType<typeof loadScorecardInputs>>): LoadedScorecard {
  const { socialSpaces, goals, indicators, targets, measurements } = inputs;
  socialSpaces.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  goals.sort((a, b) => a.number - b.number);
  const goalOrder = new Map(goals.map((g) => [g.id, g.number]));
  indicators.sort((a, b) => (goalOrder.get(a.goalId) ?? 99) - (goalOrder.get(b.goalId) ?? 99) || a.name.localeCompare(b.name, 'de'));
  const card = computeScorecard({ month, socialSpaceIds: socialSpaces.map((s) => s.id), indicators, targets, measurements, goalIds: goals.map((g) => g.id) });
  return {
    ...card,
    socialSpaces: socialSpaces.map(({ id, name }) => ({ id, name })),
    goalList: goals.map(({ id, number, title }) => ({ id, number, title })),
    indicators: indicators.map(({ id, goalId, name, unit, direction, frequency, responsibleRole, source }) => ({ id, goalId, name, unit, direction, frequency, responsibleRole, source })),
  };
}
