/**
 * The admin's pure pieces of the rooms pages (issue 34): a request's series in words rather than its
 * RRULE, and the German sentences a refused answer shows in its dialog (each conflict, each rule).
 */
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../admin/src/i18n/index.ts';
import { recurrenceText } from '../../admin/src/roomBookings/recurrence.ts';
import { problemLines } from '../../admin/src/roomBookings/problems.ts';

const t = (key: string, options?: any) => i18nProvider.translate(key, options);
const day = (d: string) => d.split('-').reverse().join('.');

describe('a series in words', () => {
  it('says weekly, every other week and the n-th weekday of the month, with its end', () => {
    expect(recurrenceText('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630', t, day)).toBe('jede Woche Di, bis 30.06.2027');
    expect(recurrenceText('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10', t, day)).toBe('alle zwei Wochen Mo, Do, 10 Termine');
    expect(recurrenceText('FREQ=MONTHLY;BYDAY=2TU;COUNT=1', t, day)).toBe('jeden zweiten Di im Monat, ein Termin');
    expect(recurrenceText('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231', t, day)).toBe('jeden letzten Fr im Monat, bis 31.12.2027');
  });

  it('shows a rule it does not understand as it is', () => {
    expect(recurrenceText('FREQ=DAILY;COUNT=3', t, day)).toBe('FREQ=DAILY;COUNT=3');
  });
});

describe('a refused answer in the dialog', () => {
  it('lists every conflict of a 409 and every rule of a 422, in German', () => {
    const taken = { message: 'Der Raum ist am 14.03.2027 von 15:00 bis 17:00 Uhr schon belegt.', body: { errors: [{ detail: 'Der Raum ist am 14.03.2027 von 15:00 bis 17:00 Uhr schon belegt.' }, { detail: 'Der Raum ist am 21.03.2027 von 15:00 bis 17:00 Uhr schon belegt.' }] } };
    expect(problemLines(taken, t)).toEqual(['Der Raum ist am 14.03.2027 von 15:00 bis 17:00 Uhr schon belegt.', 'Der Raum ist am 21.03.2027 von 15:00 bis 17:00 Uhr schon belegt.']);
    const rules = { message: 'x', body: { errors: [{ detail: 'Der Raum fasst höchstens 20 Personen.', code: 'capacity' }] } };
    expect(problemLines(rules, t)).toEqual(['Der Raum fasst höchstens 20 Personen.']);
  });

  it('takes a 400\'s field errors from the problem, and says a stale version and anything else through the catalogue', () => {
    expect(problemLines({ message: 'ra.message.invalid_form', body: { errors: { reason: 'Bitte nennen Sie einen Grund.' }, problem: { errors: [{ detail: 'Bitte nennen Sie einen Grund.' }] } } }, t)).toEqual(['Bitte nennen Sie einen Grund.']);
    expect(problemLines({ message: 'app.error.conflict', body: { type: 'https://hamm.example/problems/stale-version' } }, t)).toEqual([t('app.error.conflict')]);
    expect(problemLines({ message: 'app.error.forbidden' }, t)[0]).toMatch(/^Keine Berechtigung/);
  });
});
