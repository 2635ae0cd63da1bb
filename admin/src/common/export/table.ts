/**
 * The rows of a list export, built once for both files (./csv.ts, ./xlsx.ts): headers from the admin's
 * own field labels (`resources.<resource>.fields.<field>`, German in the German UI), the list's visible
 * fields first, nested objects flattened (`contact.email`), arrays joined, and typed cells: ISO days
 * and instants as dates (instants in Berlin's wall-clock time), `…Cents` as euros, numbers as numbers,
 * booleans as "ja"/"nein", and every text through the one CSV-injection rule (shared/format/csv.ts).
 *
 * Pure: no browser, no react-admin. Fetching the rows and the download live in ../exporter.ts.
 */
import { neutralise } from '../../../../shared/format/csv';
import { TIME_ZONE } from '../../../../shared/time/months';

/** react-admin's `translate`: `options._` is what a missing key answers. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type Cell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  /** Euros (a `…Cents` field divided by 100, or a `…Eur` field). */
  | { type: 'euro'; value: number }
  /** A calendar day, `YYYY-MM-DD`. */
  | { type: 'date'; value: string }
  /** A wall-clock time in Berlin, `YYYY-MM-DDTHH:MM:SS`. */
  | { type: 'datetime'; value: string }
  | { type: 'boolean'; value: boolean; text: string }
  | null;

export interface ExportColumn {
  /** The flattened field path, e.g. `contact.email`. */
  key: string;
  header: string;
  /** In characters, for the spreadsheet. */
  width: number;
}

export interface ExportTable {
  resource: string;
  /** The worksheet's name (at most 31 characters, none Excel forbids). */
  sheetName: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

type Choice = { id: unknown; name: string };
type AnyRecord = Record<string, unknown>;

/** What a list says about its export (the `exporter` prop: ../exporter.ts `listExporter`). */
export interface ExportConfig {
  /** The fields the list shows, in its order: these columns come first (a parent such as `address` takes all its nested fields). */
  columns?: string[];
  /** Only the `columns`, nothing else of the records. */
  only?: boolean;
  /** Fields left out (with everything nested below them); `version`, `createdBy` and `updatedBy` always are. */
  omit?: string[];
  /** Header of a field: an i18n key or a text (when the list labels a column other than by its field). */
  labels?: Record<string, string>;
  /** Values of an enum field shown by their labels, as the list's SelectField does (same choices, names are i18n keys). */
  choices?: Record<string, readonly Choice[]>;
  /** Id fields shown by the name of what they point to, as the list's ReferenceField does: field → resource (or with the field to show). */
  references?: Record<string, string | { reference: string; text?: string }>;
  /** A field's value made readable by the list itself (what it shows); the result is typed like any value. */
  format?: Record<string, (value: any, record: any, translate: Translate) => unknown>;
}

export interface TableInput extends ExportConfig {
  resource: string;
  translate?: Translate;
  /** Resolved references: field → id → name (../exporter.ts fetches them). */
  related?: Record<string, ReadonlyMap<string, string>>;
}

/** Always left out: the write bookkeeping, of no use in a spreadsheet. */
const ALWAYS_OMITTED = ['version', 'createdBy', 'updatedBy'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MISSING = '\u0000missing';

const isPlainObject = (v: unknown): v is AnyRecord => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** The records as flat maps `path → value`: plain objects are walked into, arrays and the rest are values. */
function flatten(record: AnyRecord, skip: (path: string) => boolean, format: ExportConfig['format'], translate: Translate): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string) => {
    if (path && skip(path)) return;
    const fmt = path ? format?.[path] : undefined;
    if (fmt) out.set(path, fmt(value, record, translate));
    else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else out.set(path, value);
  };
  walk(record, '');
  return out;
}

/** Column order: the list's columns (each with what is nested below it), then `id`, then the rest as first seen. */
export function orderColumns(seen: string[], config: Pick<ExportConfig, 'columns' | 'only'>): string[] {
  const ordered: string[] = [];
  const add = (k: string) => !ordered.includes(k) && ordered.push(k);
  for (const c of config.columns ?? []) {
    const below = seen.filter((k) => k === c || k.startsWith(`${c}.`));
    (below.length ? below : [c]).forEach(add);
  }
  if (config.only && config.columns?.length) return ordered;
  if (seen.includes('id')) add('id');
  seen.forEach(add);
  return ordered;
}

function translator(translate: Translate | undefined) {
  return (key: string): string | undefined => {
    if (!translate) return undefined;
    const s = translate(key, { _: MISSING });
    return s === MISSING || s === key || typeof s !== 'string' ? undefined : s;
  };
}

/**
 * A column's header: the field's label (`resources.<resource>.fields.<path>`; a `…Cents` field also
 * by its name without `Cents`), else one of the export's common labels (`app.export.fields`: id,
 * address parts, contact parts …); a nested field without a label of its own reads "parent: child";
 * else the field name.
 */
export function headerOf(path: string, resource: string, translate?: Translate, labels?: Record<string, string>): string {
  const t = translator(translate);
  if (labels?.[path]) return t(labels[path]) ?? labels[path];
  const field = (p: string) => t(`resources.${resource}.fields.${p}`);
  const direct = field(path) ?? (path.endsWith('Cents') ? field(path.slice(0, -'Cents'.length)) : undefined) ?? t(`app.export.fields.${path}`);
  if (direct) return direct;
  const parts = path.split('.');
  if (parts.length > 1) {
    const leaf = parts[parts.length - 1];
    const leafLabel = field(leaf) ?? t(`app.export.fields.${leaf}`) ?? leaf;
    return `${headerOf(parts.slice(0, -1).join('.'), resource, translate, labels)}: ${leafLabel}`;
  }
  return path;
}

let berlinParts: Intl.DateTimeFormat | undefined;
/** An ISO instant as Berlin's wall-clock time `YYYY-MM-DDTHH:MM:SS`; one without a zone is taken as it is. */
export function berlinWallClock(iso: string): string | undefined {
  const m = ISO_DATETIME.exec(iso);
  if (!m) return undefined;
  if (!m[7]) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  berlinParts ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(berlinParts.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

const validDay = (s: string) => {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

/** `DD.MM.YYYY` of a `YYYY-MM-DD…` value (CSV and joined texts). */
export const germanDate = (v: string) => `${v.slice(8, 10)}.${v.slice(5, 7)}.${v.slice(0, 4)}`;
/** `DD.MM.YYYY HH:MM` of a wall-clock `YYYY-MM-DDTHH:MM…` value. */
export const germanDateTime = (v: string) => `${germanDate(v)} ${v.slice(11, 16)}`;

interface CellContext {
  leaf: string;
  choices?: readonly Choice[];
  related?: ReadonlyMap<string, string>;
  t: (key: string) => string | undefined;
  yes: string;
  no: string;
}

const text = (s: string): Cell => ({ type: 'text', value: neutralise(s) });

/** One value inside a joined array cell, as text. */
function itemText(v: unknown, ctx: CellContext): string {
  const cell = toCell(v, ctx);
  if (!cell) return '';
  switch (cell.type) {
    case 'date':
      return germanDate(cell.value);
    case 'datetime':
      return germanDateTime(cell.value);
    case 'boolean':
      return cell.text;
    case 'euro':
      return cell.value.toLocaleString('de-DE', { style: 'currency', currency: 'EUR' });
    case 'number':
      return cell.value.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 10 });
    default:
      return cell.value;
  }
}

/** An object inside an array, readable: `key: value; key: value`. */
function describe(o: AnyRecord, ctx: CellContext): string {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.map((x) => (isPlainObject(x) ? JSON.stringify(x) : String(x))).join(', ') : isPlainObject(v) ? JSON.stringify(v) : itemText(v, { ...ctx, leaf: k, choices: undefined, related: undefined })}`)
    .join('; ');
}

/** One value as a typed cell (unneutralised text is never returned). */
export function toCell(value: unknown, ctx: CellContext): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined && v !== '');
    if (!items.length) return null;
    const objects = items.some(isPlainObject);
    return text(items.map((v) => (isPlainObject(v) ? describe(v, ctx) : itemText(v, ctx))).join(objects ? ' | ' : ', '));
  }
  if (ctx.related && (typeof value === 'string' || typeof value === 'number')) return text(ctx.related.get(String(value)) ?? String(value));
  if (ctx.choices) {
    const choice = ctx.choices.find((c) => String(c.id) === String(value));
    if (choice) return text(ctx.t(choice.name) ?? choice.name);
  }
  if (typeof value === 'boolean') return { type: 'boolean', value, text: value ? ctx.yes : ctx.no };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return text(String(value));
    if (/Cents$/.test(ctx.leaf)) return { type: 'euro', value: Math.round(value) / 100 };
    if (/Eur$/.test(ctx.leaf)) return { type: 'euro', value };
    return { type: 'number', value };
  }
  if (typeof value === 'string') {
    if (validDay(value)) return { type: 'date', value };
    const wall = berlinWallClock(value);
    if (wall) return { type: 'datetime', value: wall };
    return text(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { type: 'datetime', value: berlinWallClock(value.toISOString())! };
  if (isPlainObject(value)) return text(describe(value, ctx));
  return text(String(value));
}

/** The longest line a cell shows, for the column width. */
function shownLength(cell: Cell): number {
  if (!cell) return 0;
  switch (cell.type) {
    case 'text':
      return Math.max(...cell.value.split(/\r?\n/).map((l) => l.length));
    case 'number':
      return String(cell.value).length + 1;
    case 'euro':
      return cell.value.toFixed(2).length + 5;
    case 'date':
      return 10;
    case 'datetime':
      return 16;
    case 'boolean':
      return cell.text.length;
  }
}

/** A worksheet name Excel accepts: without `[]:*?/\`, at most 31 characters. */
export function sheetNameOf(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return clean || 'Export';
}

/** Records → headers and typed rows: what both files are written from. */
export function buildExportTable(records: readonly AnyRecord[], input: TableInput): ExportTable {
  const { resource, translate } = input;
  const t = translator(translate);
  const fmt: Translate = translate ?? ((key, o) => (typeof o?._ === 'string' ? o._ : key));
  const omitted = [...ALWAYS_OMITTED, ...(input.omit ?? [])];
  const skip = (path: string) => omitted.some((o) => path === o || path.startsWith(`${o}.`));
  const flat = records.map((r) => flatten(r, skip, input.format, fmt));
  const seen: string[] = [];
  const known = new Set<string>();
  for (const f of flat) for (const k of f.keys()) if (!known.has(k)) (known.add(k), seen.push(k));
  const keys = orderColumns(seen, input);
  const yes = t('app.export.yes') ?? 'ja';
  const no = t('app.export.no') ?? 'nein';
  const contexts: CellContext[] = keys.map((key) => ({ leaf: key.split('.').pop()!, choices: input.choices?.[key], related: input.related?.[key], t, yes, no }));
  const rows = flat.map((f) => keys.map((k, i) => toCell(f.get(k), contexts[i])));
  const columns = keys.map((key, i) => {
    const header = neutralise(headerOf(key, resource, translate, input.labels));
    const longest = rows.reduce((n, r) => Math.max(n, shownLength(r[i])), header.length);
    return { key, header, width: Math.min(60, Math.max(8, longest + 2)) };
  });
  const sheetName = sheetNameOf(t(`resources.${resource}.name`) ? fmt(`resources.${resource}.name`, { smart_count: 2 }) : resource);
  return { resource, sheetName, columns, rows };
}
