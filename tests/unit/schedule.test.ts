/**
 * The next dates of offer schedules, worked out by hand on a calendar of 2026/27: the rhythms the
 * finder shows (weekly with an interval, monthly by day or weekday, once, until), and the walk's
 * short cuts (ended schedules, schedules that begin later) giving the same dates as the full walk.
 */
import { describe, expect, it } from 'vitest';
import { meetsOn, nextOccurrences, type Schedule } from '../../shared/domain/schedule.ts';

const dates = (schedules: Schedule[], from: string, opts: Parameters<typeof nextOccurrences>[2] = {}) => nextOccurrences(schedules, from, { count: 3, ...opts }).map((o) => o.date);
const slot = { opens: '10:00', closes: '12:00' };

describe('nextOccurrences', () => {
  it('weekly every other week counts whole weeks from the anchor, across the change to winter time', () => {
    // Anchor Monday 2026-10-19; the clocks go back on 2026-10-25.
    expect(dates([{ freq: 'WEEKLY', interval: 2, byday: ['MO', 'TH'], dtstart: '2026-10-19', ...slot }], '2026-10-20')).toEqual(['2026-10-22', '2026-11-02', '2026-11-05']);
  });

  it('monthly on the anchor day, and monthly on a weekday', () => {
    expect(dates([{ freq: 'MONTHLY', dtstart: '2026-11-30', ...slot }], '2026-12-01')).toEqual(['2026-12-30', '2027-01-30', '2027-03-30']);
    expect(dates([{ freq: 'MONTHLY', interval: 2, byday: ['FR'], dtstart: '2026-12-04', ...slot }], '2026-12-20', { count: 2 })).toEqual(['2026-12-25', '2027-02-05']);
  });

  it('a single date: shown until it has passed, then never; today only while not over', () => {
    const once: Schedule = { freq: 'ONCE', dtstart: '2026-12-07', ...slot };
    expect(dates([once], '2026-12-01')).toEqual(['2026-12-07']);
    expect(dates([once], '2026-12-07', { nowTime: '11:00' })).toEqual(['2026-12-07']);
    expect(dates([once], '2026-12-07', { nowTime: '12:00' })).toEqual([]);
    expect(dates([once], '2026-12-08')).toEqual([]);
  });

  it('an ended schedule gives nothing, one beginning later starts then, and the horizon still holds', () => {
    expect(dates([{ freq: 'DAILY', until: '2026-11-30', ...slot }], '2026-12-01', { startOf: '2026-01-01' })).toEqual([]);
    expect(dates([{ freq: 'DAILY', interval: 3, dtstart: '2027-03-01', ...slot }], '2026-12-01')).toEqual(['2027-03-01', '2027-03-04', '2027-03-07']);
    expect(dates([{ freq: 'DAILY', dtstart: '2027-03-01', ...slot }], '2026-12-01', { horizonDays: 30 })).toEqual([]);
  });

  it('two schedules on one day come in the order of their opening', () => {
    const late = { freq: 'WEEKLY', byday: ['WE'], opens: '18:00', closes: '19:00' } as Schedule;
    const early = { freq: 'WEEKLY', byday: ['WE'], opens: '09:00', closes: '10:00' } as Schedule;
    expect(nextOccurrences([late, early], '2026-12-09', { count: 2, startOf: '2026-01-01' }).map((o) => o.opens)).toEqual(['09:00', '18:00']);
  });

  it('meetsOn agrees with the walk', () => {
    const s: Schedule = { freq: 'WEEKLY', interval: 2, byday: ['MO', 'TH'], ...slot };
    expect(['2026-10-19', '2026-10-22', '2026-10-26', '2026-11-02'].map((d) => meetsOn(s, d, '2026-10-19'))).toEqual([true, true, false, true]);
  });
});
