/**
 * Reads one cell as its column's kind: German numbers (1.234,5), dates (31.12.2026 or a date cell),
 * ja/nein, labels or codes of a value list, semicolon lists, weekly times and session dates. Each failure is a
 * German sentence the preview shows with row and column. References are resolved later (plan.ts);
 * here they stay names. Browser-safe.
 */
import type { Column } from './specs.ts';

export type Cell = string | number | boolean | Date | null;
export type Read = { value: unknown } | { error: string } | { empty: true };

/** Case, accents, ß and spacing folded, so „Hammer  norden“ finds „Hammer Norden“. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
}

export const quote = (s: unknown) => `„${String(s)}“`;

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Semicolons separate list entries; commas too where a list holds no commas of its own. */
export function splitList(s: string): string[] {
  return s.split(/[;\n]/).flatMap((p) => (p.includes(',') && !/\d,\d/.test(p) ? p.split(',') : [p])).map((p) => p.trim()).filter(Boolean);
}

function number(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  const s = text(cell).replace(/\s|€|%/g, '');
  // German: 1.234,5 — also tolerate 1234.5 as spreadsheets export it.
  const normalised = /,/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

function date(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDay(cell);
  const s = text(cell);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const [y, mo, d] = m ? [m[3], m[2], m[1]] : (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)) ? [m[1], m[2], m[3]] : [];
  if (!y) return undefined;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d) ? isoDay(day) : undefined;
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'true', 'wahr', '1']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0']);

/** The code of a value-list entry, by its code or its German label. */
export function codeOf(values: Readonly<Record<string, string>>, s: string): string | undefined {
  const f = foldName(s);
  return Object.entries(values).find(([code, label]) => foldName(code) === f || foldName(label) === f)?.[0];
}

const WEEKDAYS: Record<string, string> = { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' };
const WEEKDAY_DE = Object.fromEntries(Object.entries(WEEKDAYS).map(([de, code]) => [code, de[0].toUpperCase() + de[1]]));

/** „Mo, Mi 15:00-17:00; Fr 9-11“ → weekly schedules. */
function schedules(s: string): unknown[] | undefined {
  const out = [];
  for (const part of s.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\D+?)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|bis)\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?$/.exec(part);
    if (!m) return undefined;
    const days = m[1].split(/[,\s/+]+|\bund\b/).map((d) => WEEKDAYS[d.replace('.', '').slice(0, 2).toLowerCase()]).filter(Boolean);
    if (!days.length) return undefined;
    const hm = (h: string, min?: string) => `${h.padStart(2, '0')}:${min ?? '00'}`;
    out.push({ freq: 'WEEKLY', byday: [...new Set(days)], opens: hm(m[2], m[3]), closes: hm(m[4], m[5]) });
  }
  return out;
}

/** A weekly schedule as the template writes it (the reader's inverse, for comparing and exporting). */
export function scheduleText(list: { freq: string; byday?: string[]; opens: string; closes: string }[]): string {
  return list.map((s) => `${(s.byday ?? []).map((d) => WEEKDAY_DE[d]).join(', ')} ${s.opens}-${s.closes}`.trim()).join('; ');
}

type Session = { date: string; time?: string; place?: string };
const germanDay = (iso: string) => iso.split('-').reverse().join('.');
const SESSION_HELP = 'bitte wie „14.01.2027 17:00 Bezirksrathaus“';

/**
 * „Do, 14.01.2027 17:00 Uhr Bezirksrathaus; 11.02.2027“ → sessions, as a council's Sitzungskalender lists
 * them: a weekday may lead, time and place may follow. Every entry that cannot be read is named.
 */
function sessions(cell: Cell, s: string): { value: Session[] } | { error: string } {
  if (cell instanceof Date) {
    const time = `${String(cell.getUTCHours()).padStart(2, '0')}:${String(cell.getUTCMinutes()).padStart(2, '0')}`;
    return { value: [{ date: isoDay(cell), ...(time !== '00:00' ? { time } : {}) }] };
  }
  const out: Session[] = [];
  const errors: string[] = [];
  for (const entry of s.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(?:(?:mo|di|mi|do|fr|sa|so)[a-z]*\.?,?\s+)?(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?=[\s,]|$)(.*)$/i.exec(entry);
    if (!m) {
      errors.push(`${quote(entry)} ist kein Sitzungstermin (${SESSION_HELP})`);
      continue;
    }
    const day = date(m[1]);
    if (!day) {
      errors.push(`${quote(m[1])} ist kein Datum (${SESSION_HELP})`);
      continue;
    }
    let rest = m[2].trim().replace(/^,\s*/, '');
    // A session's end ("17:00–19:00 Uhr") is read past: the council keeps when a session begins.
    const t = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?(\s*Uhr)?(?=[\s,]|$)(.*)$/i.exec(rest);
    let time: string | undefined;
    if (t && (t[2] || t[3])) {
      if (Number(t[1]) > 23 || Number(t[2] ?? 0) > 59) {
        errors.push(`${quote(`${t[1]}:${t[2] ?? '00'}`)} ist keine Uhrzeit (${SESSION_HELP})`);
        continue;
      }
      time = `${t[1].padStart(2, '0')}:${t[2] ?? '00'}`;
      rest = t[4];
    }
    const place = rest.replace(/^[\s,–-]+/, '').trim();
    if (out.some((o) => o.date === day)) errors.push(`Der ${germanDay(day)} ist zweimal genannt`);
    else out.push({ date: day, ...(time ? { time } : {}), ...(place ? { place } : {}) });
  }
  return errors.length ? { error: errors.join('; ') } : { value: out };
}

/** Sessions as a Sitzungstermine cell writes them (the reader's inverse, for the template and for tests). */
export function sessionText(list: Session[]): string {
  return list.map((x) => [germanDay(x.date), x.time, x.place].filter(Boolean).join(' ')).join('; ');
}

export function readCell(column: Column, cell: Cell): Read {
  const s = text(cell);
  if (s === '') return { empty: true };
  switch (column.kind) {
    case 'text':
    case 'ref':
      return { value: s };
    // Stored lower-cased (shared/schemas/common.ts Email): read so, a second import of `Info@…` changes nothing.
    case 'email':
      return { value: s.toLowerCase() };
    case 'postalCode': {
      const code = typeof cell === 'number' ? String(cell).padStart(5, '0') : s;
      return /^\d{5}$/.test(code) ? { value: code } : { error: `${quote(s)} ist keine fünfstellige Postleitzahl` };
    }
    case 'integer': {
      const n = number(cell);
      return n !== undefined && Number.isInteger(n) ? { value: n } : { error: `${quote(s)} ist keine ganze Zahl` };
    }
    case 'number': {
      const n = number(cell);
      return n !== undefined ? { value: n } : { error: `${quote(s)} ist keine Zahl` };
    }
    case 'boolean': {
      const f = foldName(s);
      if (typeof cell === 'boolean') return { value: cell };
      return YES.has(f) ? { value: true } : NO.has(f) ? { value: false } : { error: `${quote(s)}: bitte „ja“ oder „nein“` };
    }
    case 'date': {
      const d = date(cell);
      return d ? { value: d } : { error: `${quote(s)} ist kein Datum (bitte wie 31.12.2026)` };
    }
    case 'enum': {
      const code = codeOf(column.values!, s);
      if (code) return { value: code };
      // Key figures: a figure of one's own is a slug (the schema checks its form).
      if (column.field === 'key') return { value: s };
      return { error: `${quote(s)} ist nicht erlaubt; erlaubt: ${Object.values(column.values!).join(', ')}` };
    }
    case 'enumList': {
      const parts = splitList(s);
      const unknown = parts.filter((p) => !codeOf(column.values!, p));
      if (unknown.length) return { error: `${unknown.map(quote).join(', ')} ${unknown.length > 1 ? 'sind' : 'ist'} nicht erlaubt; erlaubt: ${Object.values(column.values!).join(', ')}` };
      return { value: [...new Set(parts.map((p) => codeOf(column.values!, p)!))] };
    }
    case 'codeList':
      return { value: splitList(s).map((p) => p.toLowerCase()) };
    case 'refList':
      return { value: splitList(s) };
    case 'emailList':
      return { value: [...new Set(splitList(s).map((p) => p.toLowerCase()))] };
    case 'sessions':
      return sessions(cell, s);
    case 'schedules': {
      const list = schedules(s);
      return list ? { value: list } : { error: `${quote(s)}: Zeiten bitte wie „Di 09:00-11:00“ oder „Mo, Mi 15:00-17:00“` };
    }
  }
}
