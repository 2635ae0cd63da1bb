/**
 * When a room booking's personal data is due for removal (functions/reports/roomRetention.ts),
 * counted by hand: 90 Berlin days after its last day, or 48 hours after an unconfirmed request was made.
 */
import { describe, expect, it } from 'vitest';
import { isDue, lastDayOf } from '../../functions/reports/roomRetention.ts';

const occ = (date: string, status = 'approved', proposal?: string) => ({ id: date, date, startTime: '10:00', endTime: '12:00', status: status as 'approved', ...(proposal ? { proposal: { date: proposal, startTime: '10:00', endTime: '12:00' } } : {}) });
const b = (over: Record<string, unknown> = {}) => ({
  id: 'b1', date: '2027-01-05', status: 'approved' as const, createdAt: '2026-12-01T10:00:00.000Z', contact: { email: 'gruppe@example.org' },
  occurrences: [occ('2027-01-05'), occ('2027-01-12', 'refused'), occ('2027-01-19', 'proposed', '2027-01-21')],
  ...over,
});

describe('room booking retention', () => {
  it("takes the booking's last day from its occurrences, refused ones and proposed times included", () => {
    expect(lastDayOf(b())).toBe('2027-01-21');
    expect(lastDayOf(b({ occurrences: [occ('2027-01-05')] }))).toBe('2027-01-05');
  });

  it('is due once 90 Berlin days lie between the last day and today', () => {
    // 21 January + 90 days = 21 April 2027: on that day not yet, from the day after.
    expect(isDue(b(), new Date('2027-04-21T20:00:00.000Z'))).toBe(false);
    expect(isDue(b(), new Date('2027-04-22T08:00:00.000Z'))).toBe(true);
    // 22 April 00:30 in Berlin (summer time) is still 21 April in UTC: Berlin's day counts.
    expect(isDue(b(), new Date('2027-04-21T22:30:00.000Z'))).toBe(true);
  });

  it('is never due without a contact or a key holder; a key holder alone is due', () => {
    expect(isDue(b({ contact: undefined }), new Date('2028-01-01T00:00:00.000Z'))).toBe(false);
    expect(isDue(b({ contact: undefined, keyGivenTo: 'Frau K.' }), new Date('2028-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('is due 48 hours after an unconfirmed request was made, whatever its dates', () => {
    const unconfirmed = b({ status: 'unconfirmed', createdAt: '2027-01-01T10:00:00.000Z', date: '2027-06-01', occurrences: [occ('2027-06-01', 'pending')] });
    expect(isDue(unconfirmed, new Date('2027-01-03T09:59:00.000Z'))).toBe(false);
    expect(isDue(unconfirmed, new Date('2027-01-03T10:01:00.000Z'))).toBe(true);
    // A confirmed one waits for its dates.
    expect(isDue({ ...unconfirmed, status: 'pending' }, new Date('2027-01-03T10:01:00.000Z'))).toBe(false);
  });
});
