/**
 * Generic CRUD operations over the repository for one entity type. The function groups
 * compose these and add their own hooks (validation against other records, decorations).
 */
import type * as z from 'zod';
import type { EntityDef, EntitySchemas, Item } from '../../shared/entities.ts';
import { crudOperationIds } from '../../shared/contract/routes/groups.ts';
import { fieldsOf, filterItems, loadForList, loadSortedPage, pageReply, parseListParams, sortItems } from './listing.ts';
import { problems } from './problem.ts';
import { createdOnce } from './createdOnce.ts';
import type { Call, Impl } from './types.ts';
import type { WriteOptions } from '../../shared/db/repository.ts';

export interface CrudHooks {
  /** Checks a create/update against other stored records; throws a problem to refuse. */
  validate?: (call: Call, data: Item) => Promise<void>;
  /** Server-owned fields set on create and update from other records (a meeting's spaces from its network). */
  derive?: (call: Call, data: Item) => Promise<Item>;
  /** Refuses a change of the stored record (update, delete) by throwing a problem. */
  protect?: (call: Call, stored: Item) => void;
  /** Further options of the write (counters on referenced records, limits), from the record written. */
  writeOptions?: (call: Call, record: Item, op: 'create' | 'update' | 'delete') => Promise<Partial<WriteOptions>>;
  /** Runs after a write committed (e.g. recomputes a sum the record is part of). */
  afterWrite?: (call: Call, record: Item) => Promise<void>;
  /** Adds computed, read-only fields to records on the way out. */
  decorate?: (call: Call, records: Item[]) => Promise<Item[]>;
}

/** The writable fields of an entity (server-owned and computed fields are dropped). */
export function writableData(schemas: EntitySchemas, body: Item): Item {
  const fields = Object.keys((schemas.input as z.ZodObject).shape);
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => fields.includes(k) && v !== undefined));
}

/** The stored server-owned fields (e.g. an offer's `reviewedAt`), which a PUT keeps as they are. */
export function serverOwnedData(schemas: EntitySchemas, current: Item | undefined): Item {
  return Object.fromEntries(schemas.serverOwned.filter((k) => current?.[k] !== undefined).map((k) => [k, current![k]]));
}

/** The entity schemas a generic CRUD route was built from (shared/contract/routes/route.ts). */
export function crudSchemas(call: Call): EntitySchemas {
  if (!call.route.schemas) throw new Error(`${call.route.operationId} is not a CRUD route: it has no entity schemas`);
  return call.route.schemas;
}

/** `If-Match: "3"` or `If-Match: 3` → 3, for DELETE with a version check. */
export function ifMatchVersion(call: Call): number | undefined {
  const raw = call.headers['if-match'];
  if (!raw) return undefined;
  const n = Number(raw.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(n) || n < 1) throw problems.badRequest('If-Match must carry the version number', [{ pointer: '/headers/if-match', detail: 'Versionsnummer erwartet' }]);
  return n;
}

export function crudImpls(def: EntityDef, hooks: CrudHooks = {}): Record<string, Impl> {
  const op = crudOperationIds(def.type);
  const decorate = hooks.decorate ?? (async (_c, r) => r);
  return {
    [op.list]: async (call) => {
      const params = parseListParams(call.query);
      const page = await loadSortedPage(call, def, params);
      if (page) return { ...page, body: await decorate(call, page.body as Item[]) };
      const all = (await loadForList(call, def, params.filter)).filter(call.readable);
      const fields = fieldsOf(crudSchemas(call));
      const filtered = filterItems(all, params.filter, { fields, searchFields: def.searchFields, special: call.route.specialFilters, now: call.deps.now() });
      const sorted = sortItems(filtered, params.sort, fields);
      const reply = pageReply(def.resource, sorted, params.range);
      reply.body = await decorate(call, reply.body as Item[]);
      return reply;
    },
    [op.get]: async (call) => {
      const record: Item = call.current ?? (await call.deps.repo.get(def, call.params.id));
      return { body: (await decorate(call, [record]))[0] };
    },
    [op.create]: async (call) => {
      const data = writableData(crudSchemas(call), call.body);
      await hooks.validate?.(call, data);
      const derived = (await hooks.derive?.(call, data)) ?? {};
      const record = { ...data, ...derived };
      const options = { ...(await hooks.writeOptions?.(call, record, 'create')), actor: call.actor, via: call.via };
      const body = await createdOnce(
        call,
        async (once) => {
          const created = await call.deps.repo.create(def, record, { ...options, ...(once.id ? { id: once.id } : {}), guards: [...(options.guards ?? []), ...once.guards] });
          await hooks.afterWrite?.(call, created);
          return created;
        },
        (id) => call.deps.repo.get(def, id),
      );
      return { status: 201, body };
    },
    [op.update]: async (call) => {
      if (call.current) hooks.protect?.(call, call.current);
      const data = { ...serverOwnedData(crudSchemas(call), call.current), ...writableData(crudSchemas(call), call.body) };
      await hooks.validate?.(call, data);
      const derived = (await hooks.derive?.(call, data)) ?? {};
      const record = { ...data, ...derived };
      const extra = await hooks.writeOptions?.(call, record, 'update');
      const updated = await call.deps.repo.update(def, call.params.id, record, call.body.version, { ...extra, actor: call.actor, via: call.via, current: call.current });
      await hooks.afterWrite?.(call, updated);
      return { body: updated };
    },
    [op.delete]: async (call) => {
      if (call.current) hooks.protect?.(call, call.current);
      // Conditional on the version the policy judged: nothing can move into scope in between.
      const extra = call.current ? await hooks.writeOptions?.(call, call.current, 'delete') : undefined;
      const deleted = await call.deps.repo.delete(def, call.params.id, ifMatchVersion(call) ?? call.current?.version, { ...extra, actor: call.actor, via: call.via, current: call.current });
      await hooks.afterWrite?.(call, deleted);
      return { body: deleted };
    },
  };
}
