/**
 * Plans one stored row against what the table holds now: resolves its references, finds its
 * record (external id, else the natural key), and says whether it is new, changed (which columns),
 * unchanged, or wrong (German messages by column). The preview plans every row; the run plans each
 * row again just before writing it, so a run continued after a stop never writes a row twice.
 * Validation is the route's own (the entity's zod schemas) and so is the permission (the policy).
 */
import type * as z from 'zod';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { schemasOf } from '../../shared/schemas/index.ts';
import { authorize, type Principal } from '../../shared/policy.ts';
import { FIGURE_DE } from '../../shared/format/labels.ts';
import { foldName, scheduleText } from '../../shared/import/cells.ts';
import { SHEET_SPECS, type SheetSpec } from '../../shared/import/specs.ts';
import { IMPORT_TYPE_LABELS, type SheetType } from '../../shared/import/types.ts';
import { writableData } from '../http/crud.ts';
import { byDate, merge, mergeSchedules, mergeSessions, plainWeekly, type Schedule } from './merge.ts';
import type { References } from './references.ts';
import type { RowError, StoredRow } from './rows.ts';

export type Write = { method: 'POST'; body: Item } | { method: 'PUT'; id: string; body: Item };
export interface Planned {
  row: StoredRow;
  write?: Write;
  /** The file's identity of the record (external id or natural key), to find a second row naming it. */
  identity?: string;
}

const stable = (v: unknown): string =>
  v === undefined ? 'undefined' : JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

function at(record: Item, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Item)[k] : undefined), record);
}

function nest(values: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let o = out;
    for (const k of keys.slice(0, -1)) o = o[k] ??= {};
    o[keys.at(-1)!] = value;
  }
  return out;
}

function columnOf(spec: SheetSpec, row: StoredRow, path: string): string {
  if (spec.periodColumns && (path === spec.periodColumns.valueField || path === spec.periodColumns.field)) return row.column ?? '';
  const column = spec.columns
    .filter((c) => path === c.field || path.startsWith(`${c.field}.`) || c.field.startsWith(`${path}.`))
    .sort((a, b) => b.field.length - a.field.length)[0];
  return column?.header ?? '';
}

/** A clerk's sentence for the checks a cell fails most (zod's own German is written for developers). */
function sentence(issue: z.core.$ZodIssue, body: Item): string {
  const value = at(body, issue.path.map(String).join('.'));
  const shown = `„${String(value)}“`;
  const i = issue as z.core.$ZodIssue & { origin?: string; maximum?: number | bigint; minimum?: number | bigint; format?: string };
  const limit = Number(i.maximum ?? i.minimum);
  if (issue.code === 'too_big' && i.origin === 'number') return `${shown} ist zu groß; erlaubt ist höchstens ${limit.toLocaleString('de-DE')}`;
  if (issue.code === 'too_small' && i.origin === 'number') return `${shown} ist zu klein; erlaubt ist mindestens ${limit.toLocaleString('de-DE')}`;
  if (issue.code === 'too_big' && i.origin === 'string') return `Höchstens ${limit.toLocaleString('de-DE')} Zeichen (hier ${String(value).length.toLocaleString('de-DE')})`;
  if (issue.code === 'too_big' && i.origin === 'array') return `Höchstens ${limit} Einträge`;
  if (issue.code === 'too_small' && (i.origin === 'string' || i.origin === 'array')) return 'Pflichtangabe fehlt';
  if (issue.code === 'invalid_type' && value === undefined) return 'Pflichtangabe fehlt';
  if (issue.code === 'invalid_format' && i.format === 'email') return `${shown} ist keine gültige E-Mail-Adresse`;
  if (issue.code === 'invalid_format' && i.format === 'url') return `${shown} ist keine vollständige Webadresse (mit https://)`;
  return issue.message;
}

function zodErrors(spec: SheetSpec, row: StoredRow, body: Item, error: z.ZodError): RowError[] {
  return error.issues.map((i) => ({ column: columnOf(spec, row, i.path.filter((p) => typeof p === 'string').join('.')), message: sentence(i, body) }));
}

/** What the preview calls the record: its title or name, or for figures what the row is about. */
function labelOf(spec: SheetSpec, row: StoredRow): string {
  const v = row.values;
  if (spec.type === 'measurements') return [v.indicatorId, v.socialSpaceId, v.period].filter(Boolean).join(' · ');
  if (spec.type === 'councils') return String(v.name ?? v.districtId ?? '');
  if (spec.type === 'area-figures') return [v.socialSpaceId, v.year, v.label ?? FIGURE_DE[v.key as keyof typeof FIGURE_DE] ?? v.key].filter(Boolean).join(' · ');
  return String(v[spec.labelField] ?? '');
}

const naturalKeyOf = (spec: SheetSpec, record: Item) => spec.naturalKey.map((f) => foldName(String(record[f] ?? ''))).join('|');

export class Planner {
  private natural = new Map<SheetType, Promise<Map<string, Item>>>();

  constructor(
    private readonly repo: Repository,
    private readonly refs: References,
    private readonly principal: Principal,
  ) {}

  /** Records of a type without a natural-key guard, by their folded natural key (pattern 2, read once). */
  private naturalIndex(spec: SheetSpec): Promise<Map<string, Item>> {
    if (!this.natural.has(spec.type))
      this.natural.set(spec.type, this.repo.listAll(entities[spec.entity] as EntityDef).then((all) => new Map(all.map((r) => [naturalKeyOf(spec, r), r]))));
    return this.natural.get(spec.type)!;
  }

  /** A record written by this run joins the index, so a later row naming it finds it. */
  remember(sheet: SheetType, record: Item): void {
    const spec = SHEET_SPECS[sheet];
    this.natural.get(sheet)?.then((index) => index.set(naturalKeyOf(spec, record), record));
    this.refs.learn(spec.entity, record);
  }

  /** The stored records the prepared rows name: by external id, else by natural key; a few batch reads per part. */
  private async findAll(prepared: Prepared[]): Promise<(Item | undefined)[]> {
    const found: (Item | undefined)[] = prepared.map(() => undefined);
    const bySheet = new Map<SheetType, number[]>();
    prepared.forEach((p, i) => p.body && bySheet.set(p.row.sheet, [...(bySheet.get(p.row.sheet) ?? []), i]));
    for (const [sheet, indexes] of bySheet) {
      const spec = SHEET_SPECS[sheet];
      const def = entities[spec.entity] as EntityDef;
      const withExternal = indexes.filter((i) => prepared[i].body!.externalId);
      const external = withExternal.length ? await this.repo.findManyByUnique(def, withExternal.map((i) => ({ externalId: prepared[i].body!.externalId }))) : new Map<string, Item>();
      const guard = def.unique.find((u) => u.length === spec.naturalKey.length && u.every((f) => spec.naturalKey.includes(f)));
      const natural = guard
        ? await this.repo.findManyByUnique(def, indexes.map((i) => Object.fromEntries(guard.map((f) => [f, prepared[i].body![f]]))))
        : await this.naturalIndex(spec);
      for (const i of indexes) {
        const body = prepared[i].body!;
        const byExternal = body.externalId ? external.get(String(body.externalId)) : undefined;
        const byName = guard ? natural.get(guard.map((f) => String(body[f])).join('|')) : natural.get(naturalKeyOf(spec, body));
        // A record of the same name that came with another external id is another record.
        found[i] = byExternal ?? (byName && (!byName.externalId || byName.externalId === body.externalId) ? byName : undefined);
      }
    }
    return found;
  }

  /** Reads a row's cells into an API body: references resolved, defaults a figure's label; or the row's errors. */
  private async prepare(stored: StoredRow): Promise<Prepared> {
    const spec = SHEET_SPECS[stored.sheet];
    const row: StoredRow = { row: stored.row, ...(stored.column ? { column: stored.column } : {}), sheet: stored.sheet, values: stored.values, ...(stored.cellErrors ? { cellErrors: stored.cellErrors } : {}) };
    row.label = labelOf(spec, row);
    if (stored.duplicateOf) return { row: { ...row, duplicateOf: stored.duplicateOf, status: 'error', errors: [{ column: '', message: duplicateMessage(stored.duplicateOf) }] }, values: row.values };
    const errors: RowError[] = [...(row.cellErrors ?? [])];
    const values = { ...row.values };
    for (const column of spec.columns) {
      if (!column.ref || values[column.field] === undefined) continue;
      const written = values[column.field];
      const names = Array.isArray(written) ? (written as string[]) : [written as string];
      const ids: string[] = [];
      for (const name of names) {
        const r = await this.refs.resolve(column.ref, name);
        if ('id' in r) ids.push(r.id);
        else errors.push({ column: column.header, message: r.error });
      }
      values[column.field] = Array.isArray(written) ? [...new Set(ids)] : ids[0];
    }
    if (spec.type === 'area-figures' && values.label === undefined && typeof values.key === 'string' && values.key in FIGURE_DE) values.label = FIGURE_DE[values.key as keyof typeof FIGURE_DE];
    if (errors.length) return { row: { ...row, status: 'error', errors }, values };
    return { row, values, body: nest(values) };
  }

  /** Plans rows against the table as it is now (see the module comment). */
  async planAll(rows: StoredRow[]): Promise<Planned[]> {
    const prepared = [];
    for (const r of rows) prepared.push(await this.prepare(r));
    const found = await this.findAll(prepared);
    return prepared.map((p, i) => this.judge(p, found[i]));
  }

  /** Refused in a social space of someone else's, or refused such records at all (councils: admins only). */
  private notAllowed(spec: SheetSpec, action: 'create' | 'update'): string {
    if (authorize(this.principal, spec.resource, action).allowed) return NOT_ALLOWED;
    return `Dafür fehlt Ihnen die Berechtigung: ${IMPORT_TYPE_LABELS[spec.type]} können Sie nicht anlegen oder ändern.`;
  }

  private judge({ row, values, body }: Prepared, current: Item | undefined): Planned {
    if (!body) return { row };
    const spec = SHEET_SPECS[row.sheet];
    const schemas = schemasOf[spec.entity];
    const identity = body.externalId ? `external:${body.externalId}` : naturalKeyOf(spec, body);
    if (!current) {
      const parsed = schemas.input.safeParse(body);
      if (!parsed.success) return { row: { ...row, status: 'error', errors: zodErrors(spec, row, body, parsed.error) }, identity };
      const decision = authorize(this.principal, spec.resource, 'create', { after: parsed.data as Item });
      if (!decision.allowed) return { row: { ...row, status: 'error', errors: [{ column: '', message: this.notAllowed(spec, 'create') }] }, identity };
      return { row: { ...row, status: 'new' }, write: { method: 'POST', body }, identity };
    }
    const lists: Item = {
      ...(body.schedules ? { schedules: mergeSchedules(current.schedules ?? [], body.schedules) } : {}),
      ...(body.sessions ? { sessions: mergeSessions(current.sessions ?? [], body.sessions) } : {}),
    };
    const differs = (path: string) =>
      path === 'schedules'
        ? scheduleText(((current.schedules ?? []) as Schedule[]).filter(plainWeekly)) !== scheduleText(body.schedules)
        : path === 'sessions'
          ? stable(lists.sessions) !== stable(byDate(current.sessions ?? []))
          : stable(at(body, path)) !== stable(at(current, path));
    const changes = [...new Set(Object.keys(values).filter(differs).map((path) => columnOf(spec, row, path)))];
    if (!changes.length) return { row: { ...row, status: 'unchanged', recordId: current.id }, identity };
    const next = merge(writableData(schemas, current), { ...body, ...lists });
    const parsed = schemas.update.safeParse({ ...next, version: current.version });
    if (!parsed.success) return { row: { ...row, status: 'error', errors: zodErrors(spec, row, next, parsed.error), recordId: current.id }, identity };
    const decision = authorize(this.principal, spec.resource, 'update', { before: current, after: next });
    if (!decision.allowed) return { row: { ...row, status: 'error', errors: [{ column: '', message: this.notAllowed(spec, 'update') }], recordId: current.id }, identity };
    return { row: { ...row, status: 'changed', changes, recordId: current.id }, write: { method: 'PUT', id: current.id, body: { ...next, version: current.version } }, identity };
  }
}

interface Prepared {
  row: StoredRow;
  values: Record<string, unknown>;
  /** Absent when the row already has errors. */
  body?: Item;
}

export const duplicateMessage = (first: number) => `Beschreibt denselben Datensatz wie Zeile ${first}`;

const NOT_ALLOWED = 'Dafür fehlt Ihnen die Berechtigung: Sie können nur in Ihren eigenen Sozialräumen anlegen und ändern.';
