/** Routes of the indicators function: goals, indicators, targets, measurements, partner contributions, series, scorecard and computation. */
import { indicatorPublication } from '../../schemas/indicatorPublication.ts';
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { Id } from '../../schemas/common.ts';
import { contribution } from '../../schemas/contribution.ts';
import { goal } from '../../schemas/goal.ts';
import { Frequency, indicator } from '../../schemas/indicator.ts';
import { measurement, Period } from '../../schemas/measurement.ts';
import { Month } from '../../schemas/report.ts';
import { target } from '../../schemas/target.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, type Route } from './route.ts';

export const SeriesQuery = z.strictObject({ socialSpaceId: Id.optional() });
export const SeriesPoint = z.object({ period: Period, value: z.number().nullable(), target: z.number().nullable(), baseline: z.number().nullable() });
export const Series = z.object({
  indicatorId: Id,
  frequency: Frequency,
  series: z.array(z.object({ socialSpaceId: Id, points: z.array(SeriesPoint) })),
});

export const ScorecardQuery = z.strictObject({ month: Month.optional() });

/** Which period to compute: any period form the indicator's frequency uses (`2026-11`, `2026-Q3`, `2026`). */
export const ComputeRequest = z.strictObject({ period: Period });
export const ComputeOutcome = z.object({
  indicatorId: Id,
  period: Period,
  results: z.array(z.object({ socialSpaceId: Id, value: z.number().nullable(), outcome: z.enum(['created', 'updated', 'unchanged', 'removed', 'none']) })),
});

/** Who has reported a partner indicator's figure for one period, and who has not. */
export const ReportingQuery = z.strictObject({ period: Period });
export const ReportingStatus = z.object({
  indicatorId: Id,
  period: Period,
  rows: z.array(z.object({ organisationId: Id, socialSpaceId: Id, reported: z.boolean(), value: z.number().nullable(), contributionId: Id.nullable(), updatedAt: z.string().nullable() })),
  /** The measurement per social space: the sum of the contributions. */
  sums: z.array(z.object({ socialSpaceId: Id, value: z.number() })),
});

export const routes: Route[] = [
  ...crud(entities.goal, goal, 'indicators'),
  ...crud(entities.indicator, indicator, 'indicators'),
  ...crud(entities.target, target, 'indicators'),
  ...crud(entities.measurement, measurement, 'indicators'),
  ...crud(entities.contribution, contribution, 'indicators'),
  ...crud(entities.indicatorPublication, indicatorPublication, 'indicators'),
  {
    method: 'GET', path: `${API_BASE}/indicators/{id}/series`, fn: 'indicators', operationId: 'getIndicatorSeries',
    summary: 'Time series of an indicator with target and baseline, per social space', auth: 'clerk',
    permission: { resource: 'indicators', action: 'read' }, params: IdParams, query: SeriesQuery, response: Series, entity: 'indicator',
  },
  {
    method: 'GET', path: `${API_BASE}/scorecard`, fn: 'indicators', operationId: 'getScorecard',
    summary: 'Goal scorecard per social space for a month (default: the previous month, Europe/Berlin)', auth: 'clerk',
    permission: { resource: 'indicators', action: 'read' }, query: ScorecardQuery,
  },
  {
    method: 'POST', path: `${API_BASE}/indicators/{id}/compute`, fn: 'indicators', operationId: 'computeIndicator',
    summary: 'Compute a computed indicator for one period in every social space (idempotent; changed values are audited as system:metrics)', auth: 'clerk',
    permission: { resource: 'indicator-computations', action: 'create' }, params: IdParams, body: ComputeRequest, response: ComputeOutcome, entity: 'indicator', bodyIsAction: true,
    rules: ['Only for indicators with `source: computed`; the period must match the indicator\'s frequency.'],
  },
  {
    method: 'GET', path: `${API_BASE}/indicators/{id}/reporting`, fn: 'indicators', operationId: 'getReportingStatus',
    summary: 'Which partner organisations have reported an indicator (source: partner) for a period, per social space, and the sums', auth: 'clerk',
    permission: { resource: 'contributions', action: 'read' }, params: IdParams, query: ReportingQuery, response: ReportingStatus, entity: 'indicator',
  },
];
