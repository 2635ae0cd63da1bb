/**
 * How a row's values meet the stored record on an update: objects field by field, and the lists a cell
 * writes only in part (weekly times, session dates) so that an import never loses what its cell cannot say.
 */
import type { Item } from '../../shared/entities.ts';

export type Schedule = { freq: string; byday?: string[]; opens: string; closes: string; interval?: number; dtstart?: string; until?: string; description?: string };
/** What a *Zeiten* cell can say: a weekly slot without interval or dates. */
export const plainWeekly = (s: Schedule) => s.freq === 'WEEKLY' && !s.interval && !s.dtstart && !s.until;
const slotKey = (s: Schedule) => `${(s.byday ?? []).join(',')}|${s.opens}|${s.closes}`;

/**
 * The cell's weekly slots, each keeping the note a stored slot at the same days and hours has, and every
 * stored slot a cell cannot express (monthly, with an interval or dates): an import never loses them.
 */
export function mergeSchedules(stored: Schedule[], fromCell: Schedule[]): Schedule[] {
  const notes = new Map(stored.filter(plainWeekly).map((s) => [slotKey(s), s.description]));
  return [...fromCell.map((s) => (notes.get(slotKey(s)) ? { ...s, description: notes.get(slotKey(s)) } : s)), ...stored.filter((s) => !plainWeekly(s))];
}

export type Session = { date: string; time?: string; place?: string; note?: string };
export const byDate = (list: Session[]) => [...list].sort((a, b) => a.date.localeCompare(b.date));

/**
 * A *Sitzungstermine* cell is the council's calendar of the years it names: it replaces the stored sessions
 * of those years (a moved session leaves its old day) and keeps those of other years; a session on a day
 * already stored keeps its note (no cell says one) and the time and place the cell leaves out.
 */
export function mergeSessions(stored: Session[], fromCell: Session[]): Session[] {
  const years = new Set(fromCell.map((s) => s.date.slice(0, 4)));
  const storedOn = new Map(stored.map((s) => [s.date, s]));
  return byDate([...stored.filter((s) => !years.has(s.date.slice(0, 4))), ...fromCell.map((s) => ({ ...storedOn.get(s.date), ...s }))]);
}

/** Objects merge field by field (a row's contact e-mail keeps the stored contact name); everything else is replaced. */
export function merge(base: Item, over: Item): Item {
  const out: Item = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object' ? merge(base[k], v) : v;
  return out;
}
