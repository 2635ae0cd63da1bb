/**
 * Goals, indicators, targets and measurements, and an indicator's time series.
 * Trigger: API Gateway REST routes of group `indicators` (shared/routes.ts).
 * Access patterns: 1, 2, 3 (indicators of a goal; targets and measurements of an indicator),
 * 4 (measurements of the scorecard's periods), 5 (natural-key guards of targets and measurements).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { periodMatchesFrequency } from '../../shared/schemas/measurement.ts';
import { previousMonth } from '../../shared/months.ts';
import { crudImpls } from '../http/crud.ts';
import { problems, type FieldError } from '../http/problem.ts';
import type { Call } from '../http/types.ts';
import { httpFunction } from '../http/wrapper.ts';
import { buildSeries } from './series.ts';
import { loadScorecard } from './scorecard.ts';

/** A measurement's period must match its indicator's frequency, and its value the bounds. */
async function measurementFitsIndicator(call: Call, data: Item) {
  const [indicator] = await call.deps.repo.batchGet(entities.indicator, [data.indicatorId]);
  if (!indicator) return; // the repository refuses the missing reference with a 409
  const errors: FieldError[] = [];
  if (!periodMatchesFrequency(data.period, indicator.frequency))
    errors.push({ pointer: '/body/period', detail: `Zeitraum passt nicht zur Erhebung (${indicator.frequency}): erwartet ${indicator.frequency === 'monthly' ? '2026-10' : indicator.frequency === 'quarterly' ? '2026-Q3' : '2026'}` });
  if (indicator.minValue !== undefined && data.value < indicator.minValue)
    errors.push({ pointer: '/body/value', detail: `Wert unter dem Minimum ${indicator.minValue}` });
  if (indicator.maxValue !== undefined && data.value > indicator.maxValue)
    errors.push({ pointer: '/body/value', detail: `Wert über dem Maximum ${indicator.maxValue}` });
  if (errors.length) throw problems.badRequest('The measurement does not fit its indicator', errors);
}

export const handler = httpFunction('indicators', {
  ...crudImpls(entities.goal),
  ...crudImpls(entities.indicator),
  ...crudImpls(entities.target),
  ...crudImpls(entities.measurement, { validate: measurementFitsIndicator }),
  getScorecard: async (call) => ({ body: await loadScorecard(call.deps.repo, call.query.month ?? previousMonth(call.deps.now())) }),
  getIndicatorSeries: async (call) => {
    const { repo } = call.deps;
    const indicator = call.current!;
    const [measurements, targets] = await Promise.all([
      repo.listAll(entities.measurement, { parentId: indicator.id }),
      repo.listAll(entities.target, { parentId: indicator.id }),
    ]);
    const spaces = call.query.socialSpaceId
      ? [call.query.socialSpaceId]
      : [...new Set([...measurements, ...targets].map((x) => x.socialSpaceId as string))].sort();
    return { body: { indicatorId: indicator.id, frequency: indicator.frequency, series: buildSeries({ measurements, targets, socialSpaceIds: spaces }) } };
  },
});
