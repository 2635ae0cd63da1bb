/** The pure scorecard computation and Berlin month arithmetic. */
import { describe, expect, it } from 'vitest';
import { monthOf, monthRange, previousMonth } from '../../shared/time/months.ts';
import { computeScorecard, periodFor, rollUp, shiftPeriod, statusOf, trendOf, type IndicatorIn } from '../../shared/domain/scorecard.ts';

const ind = (over: Partial<IndicatorIn> = {}): IndicatorIn => ({ id: 'i', goalId: 'g', name: 'I', unit: 'x', direction: 'higher-is-better', frequency: 'monthly', ...over });

describe('status and trend', () => {
  it('higher is better: value / target against 95 % and 85 %', () => {
    expect(statusOf(100, 100, 'higher-is-better').status).toBe('on-track');
    expect(statusOf(95, 100, 'higher-is-better').status).toBe('on-track');
    expect(statusOf(90, 100, 'higher-is-better').status).toBe('at-risk');
    expect(statusOf(80, 100, 'higher-is-better').status).toBe('off-track');
  });
  it('lower is better: target / value, so exceeding the target is bad', () => {
    expect(statusOf(10, 10, 'lower-is-better').status).toBe('on-track');
    expect(statusOf(8, 10, 'lower-is-better').status).toBe('on-track');
    expect(statusOf(11, 10, 'lower-is-better').status).toBe('at-risk');
    expect(statusOf(14, 10, 'lower-is-better').status).toBe('off-track');
    expect(statusOf(0, 10, 'lower-is-better').status).toBe('on-track');
    expect(trendOf(8, 10, 'lower-is-better')).toBe('better');
    expect(trendOf(12, 10, 'lower-is-better')).toBe('worse');
    expect(trendOf(12, 10, 'higher-is-better')).toBe('better');
    expect(trendOf(10.1, 10, 'higher-is-better')).toBe('flat');
  });
  it('missing data and missing targets are their own states, and roll up last', () => {
    expect(statusOf(null, 10, 'higher-is-better').status).toBe('missing');
    expect(statusOf(5, null, 'higher-is-better').status).toBe('no-target');
    expect(trendOf(null, 3, 'higher-is-better')).toBe('unknown');
    expect(rollUp(['missing', 'on-track', 'at-risk'])).toBe('at-risk');
    expect(rollUp(['missing', 'missing'])).toBe('missing');
    expect(rollUp(['on-track', 'off-track'])).toBe('off-track');
  });
});

describe('computeScorecard', () => {
  it('uses the target of the period’s year (targets change between years)', () => {
    const card = computeScorecard({
      month: '2026-01',
      socialSpaceIds: ['a'],
      indicators: [ind()],
      targets: [
        { indicatorId: 'i', socialSpaceId: 'a', year: 2025, target: 50, baseline: 40 },
        { indicatorId: 'i', socialSpaceId: 'a', year: 2026, target: 100, baseline: 40 },
      ],
      measurements: [
        { indicatorId: 'i', socialSpaceId: 'a', period: '2025-12', value: 60 },
        { indicatorId: 'i', socialSpaceId: 'a', period: '2026-01', value: 60 },
        { indicatorId: 'i', socialSpaceId: 'a', period: '2025-01', value: 30 },
      ],
    });
    const c = card.cells[0];
    expect(c).toMatchObject({ period: '2026-01', value: 60, target: 100, status: 'off-track', previous: 60, trendPrevious: 'flat', yearAgo: 30, trendYear: 'better' });
    // the same value in December 2025 met that year's target
    const dec = computeScorecard({ month: '2025-12', socialSpaceIds: ['a'], indicators: [ind()], targets: [{ indicatorId: 'i', socialSpaceId: 'a', year: 2025, target: 50 }], measurements: [{ indicatorId: 'i', socialSpaceId: 'a', period: '2025-12', value: 60 }] });
    expect(dec.cells[0].status).toBe('on-track');
  });

  it('reports missing values and rolls goals up per social space', () => {
    const card = computeScorecard({
      month: '2026-10',
      socialSpaceIds: ['a', 'b'],
      indicators: [ind({ id: 'x' }), ind({ id: 'y', frequency: 'quarterly', direction: 'lower-is-better' })],
      targets: [{ indicatorId: 'x', socialSpaceId: 'a', year: 2026, target: 10 }, { indicatorId: 'y', socialSpaceId: 'a', year: 2026, target: 5 }],
      measurements: [{ indicatorId: 'x', socialSpaceId: 'a', period: '2026-10', value: 10 }, { indicatorId: 'y', socialSpaceId: 'a', period: '2026-Q3', value: 7 }],
    });
    expect(card.cells.filter((c) => c.socialSpaceId === 'b').map((c) => c.status)).toEqual(['missing', 'missing']);
    expect(card.cells.find((c) => c.indicatorId === 'y' && c.socialSpaceId === 'a')!.status).toBe('off-track');
    expect(card.goals).toEqual([
      expect.objectContaining({ socialSpaceId: 'a', status: 'off-track' }),
      expect.objectContaining({ socialSpaceId: 'b', status: 'missing' }),
    ]);
  });
});

describe('periods and months in Europe/Berlin', () => {
  it('picks the last complete period of each frequency', () => {
    expect(periodFor('2026-10', 'monthly')).toBe('2026-10');
    expect(periodFor('2026-10', 'quarterly')).toBe('2026-Q3');
    expect(periodFor('2026-09', 'quarterly')).toBe('2026-Q3');
    expect(periodFor('2026-02', 'quarterly')).toBe('2025-Q4');
    expect(periodFor('2026-10', 'yearly')).toBe('2025');
    expect(periodFor('2026-12', 'yearly')).toBe('2026');
    expect(shiftPeriod('2026-01', 1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q1', 4)).toBe('2025-Q1');
    expect(shiftPeriod('2026-Q1', 1)).toBe('2025-Q4');
  });
  it('the report month is the previous calendar month in Berlin, also around midnight UTC', () => {
    expect(previousMonth(new Date('2026-11-01T06:00:00Z'))).toBe('2026-10');
    // 23:30 UTC on 31 Oct is already 1 Nov in Berlin
    expect(monthOf(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11');
    expect(previousMonth(new Date('2026-10-31T23:30:00Z'))).toBe('2026-10');
    expect(previousMonth(new Date('2027-01-01T00:30:00+01:00'))).toBe('2026-12');
  });
  it('month ranges start at Berlin midnight, across the DST changes in March and October', () => {
    expect(monthRange('2026-03')).toEqual({ start: new Date('2026-02-28T23:00:00Z'), end: new Date('2026-03-31T22:00:00Z') });
    expect(monthRange('2026-10')).toEqual({ start: new Date('2026-09-30T22:00:00Z'), end: new Date('2026-10-31T23:00:00Z') });
    expect(monthRange('2026-12').end).toEqual(new Date('2026-12-31T23:00:00Z'));
  });
});

describe('goals without indicators', () => {
  it('still appear in the roll-up, as missing', () => {
    const card = computeScorecard({ month: '2026-10', socialSpaceIds: ['a'], indicators: [], targets: [], measurements: [], goalIds: ['goal-1', 'goal-2'] });
    expect(card.goals.map((g) => [g.goalId, g.status])).toEqual([['goal-1', 'missing'], ['goal-2', 'missing']]);
  });
});
