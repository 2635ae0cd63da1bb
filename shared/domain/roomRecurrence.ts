/**
 * The recurrence of a room request: a subset of RFC 5545 RRULEs that groups ask for ("every
 * Tuesday", "every other Thursday", "the second Tuesday of the month"), always with an end:
 *   FREQ=WEEKLY;INTERVAL=1|2;BYDAY=TU[,TH…];UNTIL=20270630 (or COUNT=n)
 *   FREQ=MONTHLY;BYDAY=2TU (1–4, or -1 for the last);UNTIL=… (or COUNT=n)
 * Weekly rules are expanded with shared/domain/schedule.ts (the offers' rhythm, weeks counted from the
 * first day's Monday); the monthly n-th weekday, which offers do not know, here. Days are Berlin days.
 * Pure and zod-free: the schema (shared/schemas/roomBooking.ts) validates with `parseRecurrence`.
 */
import { meetsOn, WEEKDAYS } from './schedule.ts';
import { addDays } from '../time/workingDays.ts';

type Day = (typeof WEEKDAYS)[number];
/** At most a year of weekly occurrences: each approved one is a lock item in one transaction (≤ 100 items). */
export const MAX_OCCURRENCES = 53;
/** How far a series may reach (days after its first). */
export const MAX_SERIES_DAYS = 366;

export type Recurrence =
  | { freq: 'WEEKLY'; interval: 1 | 2; byday: Day[]; until?: string; count?: number }
  | { freq: 'MONTHLY'; nth: 1 | 2 | 3 | 4 | -1; weekday: Day; until?: string; count?: number };

export type Parsed = { ok: true; rule: Recurrence } | { ok: false; error: string };

const fail = (error: string): Parsed => ({ ok: false, error });

export function parseRecurrence(text: string): Parsed {
  const parts = new Map<string, string>();
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';').filter(Boolean)) {
    const [k, v] = part.split('=');
    if (!k || v === undefined || parts.has(k.toUpperCase())) return fail(`„${part}“`);
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT']);
  const unknown = [...parts.keys()].find((k) => !known.has(k));
  if (unknown) return fail(`${unknown} wird nicht unterstützt`);
  const end: { until?: string; count?: number } = {};
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until && count) return fail('UNTIL oder COUNT, nicht beides');
  if (until) {
    const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    if (!m || Number.isNaN(Date.parse(`${m[1]}-${m[2]}-${m[3]}`))) return fail('UNTIL als Datum wie 20270630');
    end.until = `${m[1]}-${m[2]}-${m[3]}`;
  } else if (count) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > MAX_OCCURRENCES) return fail(`COUNT zwischen 1 und ${MAX_OCCURRENCES}`);
    end.count = n;
  } else return fail('ein Ende fehlt (UNTIL oder COUNT)');
  const byday = parts.get('BYDAY');
  if (parts.get('FREQ') === 'WEEKLY') {
    const interval = Number(parts.get('INTERVAL') ?? '1');
    if (interval !== 1 && interval !== 2) return fail('INTERVAL 1 oder 2');
    const days = (byday ?? '').split(',').filter(Boolean);
    if (!days.length || !days.every((d): d is Day => (WEEKDAYS as string[]).includes(d)) || new Set(days).size !== days.length) return fail('BYDAY mit Wochentagen wie TU oder MO,TH');
    return { ok: true, rule: { freq: 'WEEKLY', interval, byday: days as Day[], ...end } };
  }
  if (parts.get('FREQ') === 'MONTHLY') {
    if ((parts.get('INTERVAL') ?? '1') !== '1') return fail('monatlich nur mit INTERVAL 1');
    const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday ?? '');
    if (!m) return fail('BYDAY wie 2TU (der zweite Dienstag) oder -1FR (der letzte Freitag)');
    return { ok: true, rule: { freq: 'MONTHLY', nth: Number(m[1]) as 1 | 2 | 3 | 4 | -1, weekday: m[2] as Day, ...end } };
  }
  return fail('FREQ=WEEKLY oder FREQ=MONTHLY');
}

const weekdayOf = (day: string): Day => WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()];

/** Whether `day` is the rule's n-th (or last) weekday of its month. */
function nthWeekday(day: string, nth: number, weekday: Day): boolean {
  if (weekdayOf(day) !== weekday) return false;
  const dom = Number(day.slice(8));
  if (nth > 0) return Math.ceil(dom / 7) === nth;
  return addDays(day, 7).slice(0, 7) !== day.slice(0, 7);
}

/** How a request form says a series repeats: on its first day's weekday, or that weekday's place in the month. */
export type Repeat = 'weekly' | 'fortnightly' | 'monthly';

/**
 * The RRULE of a series that repeats like its first day until `until` (inclusive), e.g.
 * `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630` or `FREQ=MONTHLY;BYDAY=2TU;UNTIL=…`. A first day
 * past the 28th is its month's last such weekday (-1): there is no fifth one in every month.
 */
export function recurrenceRule(first: string, repeat: Repeat, until: string): string {
  const day = weekdayOf(first);
  const end = `UNTIL=${until.replaceAll('-', '')}`;
  if (repeat === 'monthly') {
    const dom = Number(first.slice(8));
    return `FREQ=MONTHLY;BYDAY=${dom > 28 ? -1 : Math.ceil(dom / 7)}${day};${end}`;
  }
  return `FREQ=WEEKLY;INTERVAL=${repeat === 'fortnightly' ? 2 : 1};BYDAY=${day};${end}`;
}

/** The days of a series from its first day on (the first included only if it fits the rule). */
export function expandRecurrence(first: string, rule: Recurrence): string[] {
  const out: string[] = [];
  const max = Math.min(rule.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const fits =
    rule.freq === 'WEEKLY'
      ? (day: string) => meetsOn({ freq: 'WEEKLY', interval: rule.interval, byday: rule.byday, opens: '00:00', closes: '23:59' }, day, first)
      : (day: string) => nthWeekday(day, rule.nth, rule.weekday);
  for (let i = 0; i <= MAX_SERIES_DAYS && out.length < max; i++) {
    const day = addDays(first, i);
    if (rule.until && day > rule.until) break;
    if (fits(day)) out.push(day);
  }
  return out;
}

/** The days a request asks for: its day alone, or its series (empty when the first day does not fit the rule). */
export function requestedDays(date: string, recurrence?: string): string[] {
  if (!recurrence) return [date];
  const parsed = parseRecurrence(recurrence);
  if (!parsed.ok) return [];
  const days = expandRecurrence(date, parsed.rule);
  return days[0] === date ? days : [];
}
