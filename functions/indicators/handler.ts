/**
 * Goals, indicators, targets, measurements and partner contributions, an indicator's time series,
 * who has reported a partner indicator, and which indicators are published in a social space.
 * Trigger: API Gateway REST routes of group `indicators` (shared/contract/routes/indicators.ts).
 * Access patterns: 1, 2, 3 (indicators of a goal; targets and measurements of an indicator),
 * 4 (measurements of the scorecard's periods), 5 (natural-key guards of targets and measurements),
 * 14 (meetings and activities of one social space and month, for computed indicators);
 * contributions by period (4) and their natural-key guard (5).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { periodMatchesFrequency } from '../../shared/time/months.ts';
import { FREQUENCY_DE } from '../../shared/format/labels.ts';
import { previousMonth } from '../../shared/time/months.ts';
import { crudImpls } from '../http/crud.ts';
import { publicationFits } from './publications.ts';
import { problems, type FieldError } from '../http/problem.ts';
import type { Call } from '../http/types.ts';
import { withIdempotency } from '../http/idempotency.ts';
import { httpFunction } from '../http/wrapper.ts';
import { HttpProblem } from '../http/problem.ts';
import { computeIndicator, sumContributions } from '../../shared/metrics/job.ts';
import { buildSeries } from './series.ts';
import { loadScorecard } from './scorecard.ts';

const PERIOD_EXAMPLE = { monthly: '2026-10', quarterly: '2026-Q3', yearly: '2026' } as const;
const periodMismatch = (frequency: keyof typeof PERIOD_EXAMPLE): FieldError => ({
  pointer: '/body/period',
  detail: `Zeitraum passt nicht zur Erhebung (${FREQUENCY_DE[frequency]}): erwartet z. B. ${PERIOD_EXAMPLE[frequency]}`,
});

/** A measurement's period must match its indicator's frequency, and its value the bounds. */
async function measurementFitsIndicator(call: Call, data: Item) {
  const [indicator] = await call.deps.repo.batchGet(entities.indicator, [data.indicatorId]);
  if (!indicator) return; // the repository refuses the missing reference with a 409
  if (indicator.source === 'computed' || indicator.source === 'partner') throw derivedValue(indicator.source, indicator.name);
  fitsIndicator(indicator, data);
}

/** A partner's contribution: to a partner indicator that names the organisation as reporting for the space. */
async function contributionFitsIndicator(call: Call, data: Item) {
  const [indicator] = await call.deps.repo.batchGet(entities.indicator, [data.indicatorId]);
  if (!indicator) return;
  if (indicator.source !== 'partner')
    throw new HttpProblem(409, 'Conflict', `Indicator '${indicator.name}' is not reported by partners`, {
      type: 'https://hamm.example/problems/not-partner-reported',
      errors: [{ pointer: '/body/indicatorId', detail: 'Für diese Kennzahl melden keine Träger Werte.' }],
    });
  const reporter = (indicator.reporters ?? []).find((r: Item) => r.organisationId === data.organisationId);
  if (!reporter?.socialSpaceIds.includes(data.socialSpaceId))
    throw problems.badRequest('The organisation does not report this indicator for this social space', [
      { pointer: '/body/socialSpaceId', detail: 'Ihre Organisation ist für diesen Sozialraum nicht als meldend eingetragen.' },
    ]);
  fitsIndicator(indicator, data);
}

function fitsIndicator(indicator: Item, data: Item) {
  const errors: FieldError[] = [];
  if (!periodMatchesFrequency(data.period, indicator.frequency))
    errors.push(periodMismatch(indicator.frequency));
  if (indicator.minValue !== undefined && data.value < indicator.minValue)
    errors.push({ pointer: '/body/value', detail: `Wert unter dem Minimum ${indicator.minValue}` });
  if (indicator.maxValue !== undefined && data.value > indicator.maxValue)
    errors.push({ pointer: '/body/value', detail: `Wert über dem Maximum ${indicator.maxValue}` });
  if (errors.length) throw problems.badRequest('The measurement does not fit its indicator', errors);
}

/** 409: a computed indicator's values come from the metric job, a partner indicator's from the contributions. */
function derivedValue(source: string, name?: string) {
  const which = name ? `'${name}'` : 'this indicator';
  return source === 'partner'
    ? new HttpProblem(409, 'Conflict', `The values of ${which} are the sums of partner contributions and cannot be entered or changed by hand`, {
        type: 'https://hamm.example/problems/partner-reported',
        errors: [{ pointer: '/body/value', detail: 'Dieser Wert ist die Summe der Meldungen der Träger und kann nicht von Hand erfasst oder geändert werden.' }],
      })
    : new HttpProblem(409, 'Conflict', `The values of ${which} are computed by the system and cannot be entered or changed by hand`, {
        type: 'https://hamm.example/problems/computed',
        errors: [{ pointer: '/body/value', detail: `Dieser Wert wird aus Netzwerktreffen, Aktivitäten oder Angeboten berechnet und kann nicht von Hand erfasst oder geändert werden.` }],
      });
}

export const handler = httpFunction(() => import('../../shared/contract/routes/indicators.ts'), {
  ...crudImpls(entities.goal),
  ...crudImpls(entities.indicatorPublication, { validate: publicationFits }),
  ...crudImpls(entities.indicator),
  ...crudImpls(entities.target),
  ...crudImpls(entities.measurement, {
    validate: measurementFitsIndicator,
    protect: (_call, stored) => {
      if (stored.source === 'computed' || stored.source === 'partner') throw derivedValue(stored.source);
    },
    derive: async (call) => (call.current ? {} : { source: 'manual' }),
  }),
  ...crudImpls(entities.contribution, {
    validate: contributionFitsIndicator,
    // The space's value follows every change; the monthly run recomputes it too (metrics/job.ts).
    afterWrite: async (call, c) => void (await sumContributions(call.deps.repo, c.indicatorId, c.socialSpaceId, c.period)),
  }),
  getReportingStatus: async (call) => {
    const indicator = call.current!;
    const { period } = call.query;
    const mine = (await call.deps.repo.listByPeriod(entities.contribution, period)).filter((c) => c.indicatorId === indicator.id);
    const rows = (indicator.reporters ?? []).flatMap((r: Item) =>
      r.socialSpaceIds.map((socialSpaceId: string) => {
        const c = mine.find((x) => x.organisationId === r.organisationId && x.socialSpaceId === socialSpaceId);
        return { organisationId: r.organisationId, socialSpaceId, reported: !!c, value: c?.value ?? null, contributionId: c?.id ?? null, updatedAt: c?.updatedAt ?? null };
      }),
    );
    const spaces = [...new Set(mine.map((c) => c.socialSpaceId as string))].sort();
    const sums = spaces.map((socialSpaceId) => ({ socialSpaceId, value: mine.filter((c) => c.socialSpaceId === socialSpaceId).reduce((n, c) => n + c.value, 0) }));
    return { body: { indicatorId: indicator.id, period, rows, sums } };
  },
  computeIndicator: async (call) => {
    const indicator = call.current!;
    if (indicator.source !== 'computed')
      throw new HttpProblem(409, 'Conflict', `Indicator '${indicator.name}' is entered by hand, not computed`, {
        type: 'https://hamm.example/problems/not-computed',
        errors: [{ pointer: '/body/period', detail: 'Diese Kennzahl wird von Hand erfasst und nicht berechnet.' }],
      });
    if (!periodMatchesFrequency(call.body.period, indicator.frequency))
      throw problems.badRequest('The period does not match the indicator\'s frequency', [periodMismatch(indicator.frequency)]);
    const results = await computeIndicator(call.deps.repo, indicator as never, call.body.period);
    return { body: { indicatorId: indicator.id, period: call.body.period, results } };
  },
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
}, { idempotency: withIdempotency });
