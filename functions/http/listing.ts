/**
 * react-admin list conventions (ra-data-simple-rest): `sort=["field","ASC"]`, `range=[0,24]`,
 * `filter={...}` in, `Content-Range: <resource> <start>-<end>/<total>` out.
 *
 * Lists are read from one Query partition (the narrowest the filter allows: ids, space and month,
 * social space, parent, period, else the type's collection), then filtered, sorted and sliced in memory. Each
 * collection has a documented size bound (EntityDef.sizeBound, docs/ARCHITECTURE.md).
 */
import type * as z from 'zod';
import type { EntityDef, EntitySchemas, Item } from '../../shared/entities.ts';
import type { SpecialFilter } from '../../shared/contract/listFilters.ts';
import { MAX_PAGE } from '../../shared/contract/routes/groups.ts';
import { MONTH_PATTERN } from '../../shared/time/months.ts';
import { readsAll } from '../../shared/policy.ts';
import { problems } from './problem.ts';
import type { Call, Reply } from './types.ts';
import { fold } from '../../shared/i18n/fold.ts';

export interface ListParams {
  sort?: [string, 'ASC' | 'DESC'];
  range: [number, number];
  filter: Record<string, unknown>;
}

/**
 * A list parameter's problems, as pointers below `/query/<name>`; none when it is well-formed.
 * `custom` marks a rule across values (a range's order and size), as for the body's cross-field rules.
 */
type Check = (value: unknown) => Array<{ at: string; detail: string; code?: 'custom' }>;

/**
 * The three list parameters' rules, checked by hand rather than with zod: every function lists,
 * and these few lines keep zod's module out of each cold start (the route's own schemas load it
 * with the contract, on the first request).
 */
const CHECKS: Record<'sort' | 'range' | 'filter', Check> = {
  sort: (v) => {
    if (!Array.isArray(v) || v.length !== 2) return [{ at: '', detail: 'Erwartet: ["Feld","ASC"] oder ["Feld","DESC"]' }];
    return [
      ...(typeof v[0] === 'string' && /^[A-Za-z][A-Za-z0-9.]{0,50}$/.test(v[0]) ? [] : [{ at: '/0', detail: 'Kein gültiger Feldname' }]),
      ...(v[1] === 'ASC' || v[1] === 'DESC' ? [] : [{ at: '/1', detail: 'Erwartet: ASC oder DESC' }]),
    ];
  },
  range: (v) => {
    const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!Array.isArray(v) || v.length !== 2 || !whole(v[0]) || !whole(v[1])) return [{ at: '', detail: 'Erwartet: [Anfang,Ende] mit ganzen Zahlen ab 0' }];
    return v[1] >= v[0] && v[1] - v[0] < MAX_PAGE ? [] : [{ at: '', detail: `range must be [start,end] with end ≥ start and at most ${MAX_PAGE} items`, code: 'custom' }];
  },
  filter: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? [] : [{ at: '', detail: 'Erwartet: ein JSON-Objekt' }]),
};

function parseJson(name: keyof typeof CHECKS, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw problems.badRequest(`'${name}' is not valid JSON`, [{ pointer: `/query/${name}`, detail: 'Kein gültiges JSON' }]);
  }
  // A filter that names `__proto__` is refused like any unknown field.
  if (value && typeof value === 'object' && Object.hasOwn(value, '__proto__'))
    throw problems.badRequest(`Invalid '${name}'`, [{ pointer: `/query/${name}/__proto__`, detail: 'Unbekanntes Filterfeld' }]);
  const wrong = CHECKS[name](value);
  if (wrong.length) throw problems.badRequest(`Invalid '${name}'`, wrong.map((w) => ({ pointer: `/query/${name}${w.at}`, detail: w.detail, code: w.code ?? 'invalid_value' })));
  return value;
}

/** A list's `filter` checked against the route's own filter schema (lists that do not list an entity). */
export function parseFilter<T extends z.ZodType>(schema: T, filter: Record<string, unknown>): z.output<T> {
  const res = schema.safeParse(filter);
  if (!res.success)
    throw problems.badRequest("Invalid 'filter'", res.error.issues.map((i) => ({ pointer: `/query/filter${i.path.map((p) => `/${String(p)}`).join('')}`, detail: i.message, code: i.code })));
  return res.data;
}

export function parseListParams(query: Record<string, string | undefined>): ListParams {
  return {
    sort: parseJson('sort', query.sort) as ListParams['sort'],
    range: (parseJson('range', query.range) ?? [0, 24]) as [number, number],
    filter: (parseJson('filter', query.filter) ?? {}) as Record<string, unknown>,
  };
}

/** Text as free-text search compares it (the `q` filter, HSDS `search`): shared/i18n/fold.ts. */
export { fold };

function matches(record: Item, field: string, value: unknown): boolean {
  const actual = record[field];
  const wanted = Array.isArray(value) ? value : [value];
  if (Array.isArray(actual)) return wanted.some((w) => actual.some((a) => String(a) === String(w)));
  return wanted.some((w) => String(actual) === String(w));
}

/** Applies `filter`, refusing fields the entity does not have (400, never ignored). */
export function filterItems<T extends Item>(
  items: T[],
  filter: Record<string, unknown>,
  opts: { fields: string[]; searchFields: string[]; special?: Record<string, SpecialFilter>; now: Date },
): T[] {
  const special = opts.special ?? {};
  // Own properties only: `hasOwnProperty` or `__proto__` as a filter name is just an unknown field.
  const isSpecial = (k: string) => Object.hasOwn(special, k);
  const unknown = Object.keys(filter).filter((k) => k !== 'q' && !opts.fields.includes(k) && !isSpecial(k));
  if (unknown.length)
    throw problems.badRequest('Unknown filter field(s)', unknown.map((k) => ({ pointer: `/query/filter/${k}`, detail: 'Unbekanntes Filterfeld' })));
  let out = items;
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === null || v === '') continue;
    if (k === 'q') {
      const needle = fold(v);
      out = out.filter((r) => opts.searchFields.some((f) => fold(r[f]).includes(needle)));
    } else if (isSpecial(k)) out = out.filter((r) => special[k].matches(r, v, opts.now));
    else out = out.filter((r) => matches(r, k, v));
  }
  return out;
}

/** Made on the first sort, not at import: loading the collation data would cost every cold start ≈ 7 ms. */
let collator: Intl.Collator | undefined;
const germanOrder = () => (collator ??= new Intl.Collator('de', { numeric: true, sensitivity: 'base' }));

export function sortItems<T extends Item>(items: T[], sort: ListParams['sort'], fields: string[]): T[] {
  if (!sort) return items;
  const [field, dir] = sort;
  if (!fields.includes(field)) throw problems.badRequest(`Cannot sort by '${field}'`, [{ pointer: '/query/sort/0', detail: 'Unbekanntes Feld' }]);
  const sign = dir === 'DESC' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === undefined || x === null) return y === undefined || y === null ? 0 : 1;
    if (y === undefined || y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * germanOrder().compare(Array.isArray(x) ? x.join(',') : String(x), Array.isArray(y) ? y.join(',') : String(y));
  });
}

/** Slices the page and sets Content-Range (exposed through CORS for the admin UI). */
export function pageReply(resource: string, items: unknown[], range: [number, number]): Reply {
  return rangeReply(resource, items.slice(range[0], range[1] + 1), range, items.length);
}

/** A page read as far as its range only, with the total counted apart (the audit trail). */
export function rangeReply(resource: string, page: unknown[], [start]: [number, number], total: number): Reply {
  const contentRange = page.length ? `${resource} ${start}-${start + page.length - 1}/${total}` : `${resource} */${total}`;
  return { body: page, headers: { 'Content-Range': contentRange } };
}

/** The fields of an entity's schema (for filter and sort checks). */
export function fieldsOf(schemas: EntitySchemas): string[] {
  return Object.keys((schemas.entity as z.ZodObject).shape);
}

/** The one social space a filter value names (a value or a one-element list), if it names one. */
function oneSpace(value: unknown): string | undefined {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return typeof v === 'string' && v ? v : undefined;
}

/**
 * The page of an unfiltered list in its default order (the field the entity's `sortedBy` names,
 * either direction), read from pattern 23 as far as the page and counted server-side; `undefined`
 * when the list is filtered, sorted otherwise, not read whole by this principal, or the pattern's
 * backfill has not finished: then the caller reads the narrowest partition and sorts in memory.
 */
export async function loadSortedPage(call: Call, def: EntityDef, params: ListParams): Promise<Reply | undefined> {
  const { sortedBy } = def.patterns;
  if (!sortedBy || params.sort?.[0] !== sortedBy || Object.keys(params.filter).length) return undefined;
  if (!call.principal || !readsAll(call.principal, def.resource)) return undefined;
  const page = await call.deps.repo.listSorted(def, params.sort[1] === 'DESC', params.range);
  return page && rangeReply(def.resource, page.items, params.range, page.total);
}

/** Reads the narrowest partition for this filter. */
export async function loadForList(call: Call, def: EntityDef, filter: Record<string, unknown>): Promise<Item[]> {
  const { repo } = call.deps;
  if (Array.isArray(filter.id)) {
    if (filter.id.length > MAX_PAGE) throw problems.badRequest(`At most ${MAX_PAGE} ids`);
    return repo.batchGet(def, filter.id.map(String));
  }
  const { byParent, byPeriod, bySpaceMonth, bySpace } = def.patterns;
  if (bySpaceMonth && typeof filter.socialSpaceId === 'string' && typeof filter.month === 'string' && MONTH_PATTERN.test(filter.month))
    return repo.listBySpaceMonth(def, filter.socialSpaceId, filter.month);
  // The admin filters by `socialSpaceId` (a special filter: "serves this space"); the field itself is `socialSpaceIds`.
  const space = bySpace ? (oneSpace(filter.socialSpaceId) ?? oneSpace(filter.socialSpaceIds)) : undefined;
  if (space) {
    const inSpace = await repo.listBySpace(def, space);
    if (inSpace) return inSpace;
  }
  if (byParent && typeof filter[byParent] === 'string') return repo.listAll(def, { parentId: filter[byParent] as string });
  if (byPeriod && typeof filter[byPeriod.field] === 'string') return repo.listByPeriod(def, filter[byPeriod.field] as string);
  return repo.listAll(def);
}
