/** A series in words, from its RRULE (shared/domain/roomRecurrence.ts): pure, so it is tested without a browser. */
import { parseRecurrence } from '../../../shared/domain/roomRecurrence';

type Translate = (key: string, options?: any) => string;

/** "jede Woche Di, bis 30.06.2027", "alle zwei Wochen Di, Do, 10 Termine", "jeden zweiten Di im Monat, …"; an RRULE not understood as it is. */
export function recurrenceText(rrule: string, translate: Translate, day: (d: string) => string): string {
  const parsed = parseRecurrence(rrule);
  if (!parsed.ok) return rrule;
  const r = parsed.rule;
  const weekday = (d: string) => translate(`app.enum.weekday.${d}`);
  const what =
    r.freq === 'WEEKLY'
      ? translate(r.interval === 2 ? 'app.recurrence.fortnightly' : 'app.recurrence.weekly', { days: r.byday.map(weekday).join(', ') })
      : translate('app.recurrence.monthly', { nth: translate(`app.recurrence.nth.${r.nth === -1 ? 'last' : r.nth}`), day: weekday(r.weekday) });
  const end = r.until ? translate('app.recurrence.until', { date: day(r.until) }) : translate('app.recurrence.count', { smart_count: r.count });
  return `${what}, ${end}`;
}
