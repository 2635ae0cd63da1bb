/** The one rule for a published value (shared/domain/publishedResults.ts), case by case, written out by hand. */
import { describe, expect, it } from 'vitest';
import { publishedResult, publishedValue, valueKindOf } from '../../shared/domain/publishedResults.ts';

describe('publishedValue', () => {
  it('hides a count under 5, zero included', () => {
    expect(publishedValue('count', { value: 4 })).toBeNull();
    expect(publishedValue('count', { value: 0 })).toBeNull();
    expect(publishedValue('count', { value: 5 })).toBe(5);
  });
  it('hides a share computed from a small count, or whose rest is small', () => {
    expect(publishedValue('share', { value: 50, basis: { numerator: 1, denominator: 2 } })).toBeNull();
    expect(publishedValue('share', { value: 97, basis: { numerator: 97, denominator: 100 } })).toBeNull();
    expect(publishedValue('share', { value: 40, basis: { numerator: 40, denominator: 100 } })).toBe(40);
  });
  it('hides a rate per 1,000 of a small count', () => {
    expect(publishedValue('share', { value: 0.4, basis: { numerator: 2 } })).toBeNull();
    expect(publishedValue('share', { value: 4.2, basis: { numerator: 21 } })).toBe(4.2);
  });
  it('shows a share without a basis and any other measure as it is', () => {
    expect(publishedValue('share', { value: 3 })).toBe(3);
    expect(publishedValue('measure', { value: 2, basis: { numerator: 1, denominator: 2 } })).toBe(2);
  });
});

describe('valueKindOf', () => {
  it('takes the declared kind, else the metric\'s, else counts', () => {
    expect(valueKindOf({ valueKind: 'measure' })).toBe('measure');
    expect(valueKindOf({ metric: 'ideas-answered-14d' })).toBe('share');
    expect(valueKindOf({ metric: 'network-density' })).toBe('measure');
    expect(valueKindOf({ metric: 'participants', metricOptions: { per1000: 'population' } })).toBe('share');
    expect(valueKindOf({ metric: 'participants' })).toBe('count');
    expect(valueKindOf({})).toBe('count');
  });
});

describe('publishedResult', () => {
  it('takes the last eight periods, oldest first, and the target of the latest value\'s year', () => {
    const measurements = Array.from({ length: 10 }, (_, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, value: i + 1 }));
    const r = publishedResult({ kind: 'count', measurements, targets: [{ year: 2025, baseline: 3, target: 9 }, { year: 2026, baseline: 4, target: 12 }] });
    expect(r.trend.map((t) => t.period)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(r.trend.map((t) => t.value)).toEqual([null, null, 5, 6, 7, 8, 9, 10]);
    expect(r.latest).toEqual({ period: '2026-10', value: 10 });
    expect(r.baseline).toEqual({ value: null, suppressed: 'small' });
    expect(r.target).toEqual({ value: 12 });
  });
});
