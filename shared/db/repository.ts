/**
 * The repository: generic, conditional, audited CRUD over the one table.
 *
 * Every write is one TransactWriteItems holding
 *   - the entity item, conditional (`attribute_not_exists` on create, the read `version` on update/delete),
 *   - its audit entry,
 *   - guard items for natural keys (access pattern 5),
 *   - `refCount` increments/decrements on every referenced item, conditional on its existence.
 * So a failed write leaves nothing behind, a referenced item cannot be deleted, and a
 * reference to a missing item is refused. Errors surface as the typed errors in errors.ts.
 */
import { ulid } from 'ulid';
import type { AuditEntry } from '../schemas/auditEntry.ts';
import type { EntityDef, EntityRef, Item } from '../entities.ts';
import { diff, META_FIELDS, stripMeta, toEntity } from './diff.ts';
import { BadRequestError, ConflictError, IntegrityError, NotFoundError, type StorageError } from './errors.ts';
import { itemKeys, keys, projectionItems } from './keys.ts';
import { RepositoryReads } from './reads.ts';
import { auditItem, commitTx, guardItem, sortedCountItem, Tx, type OnFail, type TxItem } from './transaction.ts';

export type { ListQuery, Page, SearchGap } from './reads.ts';
import type { SearchGap } from './reads.ts';
export { diff, toEntity } from './diff.ts';


/** A guard item written (or, on delete, removed) in the entity's transaction: e.g. an API key's hash. */
export interface ExtraGuard {
  key: { PK: string; SK: string };
  attributes: Item;
  /** The error when the guard already exists. */
  onConflict: () => StorageError;
}

/**
 * A counter on a referenced record, changed in the write's transaction: e.g. an expense adds its
 * amount to its budget line's `spentCents`, within the line's `plannedCents` as the caller read it.
 */
export interface CounterChange {
  type: string;
  id: string;
  field: string;
  delta: number;
  within?: { field: string; value: number };
  /** The 409's message when the counter would pass its limit. */
  refusal: string;
}

export interface WriteOptions {
  actor: string;
  /** Where the change came from besides the actor, kept in its audit entry (`import:<file> row 14`). */
  via?: string;
  /** Counters on records this one references (see CounterChange). */
  counters?: CounterChange[];
  /** Update only while this counter of the record is at most `limit` (a line's plan never below its spending). */
  notBelow?: { counter: string; limit: number; refusal: string };
  /** Further guard items written in the same transaction. */
  guards?: ExtraGuard[];
  /**
   * Further items of the same transaction, built by a store in shared/db (a submission's rate-limit
   * counter, the removal of an idea's contact data), so they commit or fail with the record.
   */
  also?: [TxItem, OnFail][];
}

/** Reads (reads.ts) plus the audited, conditional writes. */
export class Repository extends RepositoryReads {
  // ---------- writes ----------

  /**
   * Usage telemetry of an API key (at most every few minutes): not a change of the key, so it
   * carries no version bump and no audit entry, and touches nothing but `lastUsedAt`.
   */
  async recordApiKeyUse(def: EntityRef, id: string, at: string): Promise<void> {
    const tx = new Tx().add(
      {
        Update: {
          TableName: this.table,
          Key: keys.entity(def.type, id),
          UpdateExpression: 'SET lastUsedAt = :t',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':t': at },
        },
      },
      () => new NotFoundError(def.type, id),
    );
    await commitTx(this.doc, tx);
  }

  /**
   * Counts one public search that found nothing (pattern 16). Telemetry, like an API key's use: no
   * version and no audit entry, and nothing but the filter values is stored.
   */
  async countSearchGap(gap: Omit<SearchGap, 'count'>): Promise<void> {
    const tx = new Tx().add(
      {
        Update: {
          TableName: this.table,
          Key: keys.searchGap(gap.month, gap),
          UpdateExpression: 'SET socialSpaceId = :s, theme = :t, targetGroup = :g, ageBand = :a, #language = :l, #type = :type ADD #count :one',
          ExpressionAttributeNames: { '#count': 'count', '#type': '_type', '#language': 'language' },
          ExpressionAttributeValues: { ':s': gap.socialSpaceId, ':t': gap.theme, ':g': gap.targetGroup, ':a': gap.ageBand, ':l': gap.language, ':one': 1, ':type': 'searchGap' },
        },
      },
      () => new ConflictError('search gap counter', 'stale-version'),
    );
    await commitTx(this.doc, tx);
  }

  /** `at` back-dates the record (seeding only: demo offers carry their own creation dates). */
  async create<T extends Item = Item>(def: EntityDef<T>, data: Item, opts: WriteOptions & { id?: string; at?: string }): Promise<T> {
    assertStorable(data);
    const at = opts.at ?? this.now().toISOString();
    const id = opts.id ?? ulid();
    const entity = { ...data, id, version: 1, createdAt: at, updatedAt: at, createdBy: opts.actor, updatedBy: opts.actor };
    const tx = new Tx();
    tx.add(
      {
        Put: {
          TableName: this.table,
          Item: { ...entity, ...itemKeys(def, entity), _type: def.type },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      () => new ConflictError(`${def.type} '${id}' already exists`, 'duplicate'),
    );
    this.addAudit(tx, def, id, 'create', opts.actor, at, 1, diff({}, entity), opts.via);
    if (def.patterns.sortedBy) tx.add(...sortedCountItem(this.table, def.type, 1));
    this.addProjections(tx, def, undefined, entity);
    for (const fields of def.unique) this.addGuardPut(tx, def, fields, entity);
    this.addRefChanges(tx, def, id, {}, entity, opts.counters);
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    for (const item of opts.also ?? []) tx.add(...item);
    await commitTx(this.doc, tx);
    return entity as unknown as T;
  }

  /**
   * Replaces the entity's fields with `data`, if `expectedVersion` is still current.
   * Uses SET/REMOVE rather than Put so that `refCount`, maintained by other writers, survives.
   */
  async update<T = Item>(def: EntityDef, id: string, data: Item, expectedVersion: number, opts: WriteOptions & { current?: Item }): Promise<T> {
    return retryOnOrderKeyRace(() => this.updateOnce<T>(def, id, data, expectedVersion, opts));
  }

  private async updateOnce<T = Item>(
    def: EntityDef,
    id: string,
    data: Item,
    expectedVersion: number,
    opts: WriteOptions & { current?: Item },
  ): Promise<T> {
    // A caller that already read the record (the policy check did) passes it; the write is
    // conditional on its version either way, so a stale copy can never overwrite anything.
    assertStorable(data);
    const current = opts.current ?? (await this.get<Item>(def, id));
    if (current.version !== expectedVersion) throw staleVersion(def, id, current.version);
    for (const f of def.immutable) {
      if (f in data && JSON.stringify(data[f]) !== JSON.stringify(current[f]))
        throw new IntegrityError(`'${f}' cannot be changed after creation`, [{ pointer: `/${f}`, detail: 'unveränderlich' }]);
    }
    // A field set to undefined is a field left out: removed from the record, never SET to nothing.
    const clean = Object.fromEntries(Object.entries(data).filter(([k, v]) => !META_FIELDS.has(k) && v !== undefined));
    const changes = diff(stripMeta(current), clean);
    if (Object.keys(changes).length === 0 && !opts.guards?.length && !opts.also?.length) return current as T;

    const at = this.now().toISOString();
    const version = current.version + 1;
    const next = { ...clean, id, version, createdAt: current.createdAt, createdBy: current.createdBy, updatedAt: at, updatedBy: opts.actor };
    const set: Item = { ...next, ...itemKeys(def, next) };
    delete set.PK;
    delete set.SK;
    delete set.id;
    const removed = Object.keys(current).filter((k) => !(k in set) && k !== 'id');
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':expected': expectedVersion };
    const sets = Object.entries(set).map(([k, v], i) => {
      names[`#s${i}`] = k;
      values[`:s${i}`] = v;
      return `#s${i} = :s${i}`;
    });
    const removes = removed.map((k, i) => {
      names[`#r${i}`] = k;
      return `#r${i}`;
    });
    names['#version'] = 'version';
    const keyState = await this.orderKeyState(def, id);
    const tx = new Tx();
    tx.add(
      {
        Update: {
          TableName: this.table,
          Key: keys.entity(def.type, id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: `#version = :expected${ORDER_KEY_CONDITION[keyState]}${opts.notBelow ? ' AND (attribute_not_exists(#nb) OR #nb <= :nbLimit)' : ''}`,
          ExpressionAttributeNames: { ...names, ...(opts.notBelow ? { '#nb': opts.notBelow.counter } : {}) },
          ExpressionAttributeValues: { ...values, ...(opts.notBelow ? { ':nbLimit': opts.notBelow.limit } : {}) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      (old) =>
        !old
          ? new NotFoundError(def.type, id)
          : old.version !== expectedVersion
            ? staleVersion(def, id, old.version)
            : orderKeyRaced(keyState, old)
              ? new OrderKeyRace()
              : new ConflictError(opts.notBelow!.refusal, 'over-limit'),
    );
    // The record gains its list-order key now, unless it had it (pattern 24 counts keyed records).
    if (keyState === 'unkeyed') tx.add(...sortedCountItem(this.table, def.type, 1));
    this.addAudit(tx, def, id, 'update', opts.actor, at, version, changes, opts.via);
    this.addProjections(tx, def, toEntity(current), next);
    for (const fields of def.unique) {
      const before = JSON.stringify(fields.map((f) => current[f]));
      const after = JSON.stringify(fields.map((f) => next[f as keyof typeof next]));
      if (before !== after) {
        this.addGuardDelete(tx, def, fields, current);
        this.addGuardPut(tx, def, fields, next);
      }
    }
    this.addRefChanges(tx, def, id, current, next, opts.counters);
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    for (const item of opts.also ?? []) tx.add(...item);
    await commitTx(this.doc, tx);
    return next as T;
  }

  /** Deletes the entity unless it is still referenced; with `expectedVersion`, only that version. */
  async delete(def: EntityDef, id: string, expectedVersion: number | undefined, opts: WriteOptions & { current?: Item }): Promise<Item> {
    return retryOnOrderKeyRace(() => this.deleteOnce(def, id, expectedVersion, opts));
  }

  private async deleteOnce(def: EntityDef, id: string, expectedVersion: number | undefined, opts: WriteOptions & { current?: Item }): Promise<Item> {
    const current = opts.current ?? (await this.get<Item>(def, id));
    if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleVersion(def, id, current.version);
    const at = this.now().toISOString();
    const keyState = await this.orderKeyState(def, id);
    const tx = new Tx();
    tx.add(
      {
        Delete: {
          TableName: this.table,
          Key: keys.entity(def.type, id),
          ConditionExpression: `#version = :v${ORDER_KEY_CONDITION[keyState]} AND (attribute_not_exists(refCount) OR refCount = :zero)`,
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':v': current.version, ':zero': 0 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      (old) => {
        if (!old) return new NotFoundError(def.type, id);
        if (old.version !== current.version) return staleVersion(def, id, old.version);
        if (orderKeyRaced(keyState, old)) return new OrderKeyRace();
        return new IntegrityError(`${def.type} '${id}' is still referenced by ${old.refCount} other record(s)`);
      },
    );
    if (keyState === 'keyed' || keyState === 'backfilled') tx.add(...sortedCountItem(this.table, def.type, -1));
    this.addAudit(tx, def, id, 'delete', opts.actor, at, current.version, diff(stripMeta(current), {}), opts.via);
    this.addProjections(tx, def, toEntity(current), undefined);
    for (const fields of def.unique) this.addGuardDelete(tx, def, fields, current);
    this.addRefChanges(tx, def, id, current, {}, opts.counters);
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    for (const item of opts.also ?? []) tx.add(...item);
    await commitTx(this.doc, tx);
    return current;
  }

  // ---------- transaction parts ----------

  /**
   * Whether the record carries its list-order key (pattern 23), so a write knows whether the
   * collection's counter (24) changes with it. Certain once the backfill is done; until then the
   * record is read, and the write is conditional on what was read (see OrderKeyRace).
   */
  private async orderKeyState(def: EntityDef, id: string): Promise<OrderKeyState> {
    if (!def.patterns.sortedBy) return 'unsorted';
    if (await this.backfilled(def, 'sorted')) return 'backfilled';
    return (await this.getRaw(keys.entity(def.type, id)))?.GSI3PK ? 'keyed' : 'unkeyed';
  }

  private addAudit(tx: Tx, def: EntityDef, entityId: string, action: AuditEntry['action'], actor: string, at: string, version: number, changes: AuditEntry['changes'], via?: string) {
    // Personal data of outsiders is recorded as changed, never copied: deleting it must leave no trace.
    for (const f of def.personalFields ?? []) if (changes[f]) changes[f] = { from: redacted(changes[f].from), to: redacted(changes[f].to) };
    tx.add(...auditItem(this.table, { entityType: def.type, entityId, action, actor, at, version, changes, ...(via ? { via } : {}) }));
  }

  /** Puts the record's projection items (patterns 14, 15) and deletes those the change leaves behind. */
  private addProjections(tx: Tx, def: EntityDef, before: Item | undefined, after: Item | undefined) {
    const next = after ? projectionItems(def, after) : [];
    const keep = new Set(next.map((p) => `${p.PK}|${p.SK}`));
    for (const old of before ? projectionItems(def, before) : [])
      if (!keep.has(`${old.PK}|${old.SK}`)) tx.add({ Delete: { TableName: this.table, Key: { PK: old.PK, SK: old.SK } } }, () => new ConflictError('projection changed concurrently', 'stale-version'));
    for (const p of next) tx.add({ Put: { TableName: this.table, Item: p } }, () => new ConflictError('projection changed concurrently', 'stale-version'));
  }

  private addGuardPut(tx: Tx, def: EntityDef, fields: string[], entity: Item) {
    // A natural key that is not set yet (a user before its Cognito account) has no guard.
    if (fields.some((f) => entity[f] === undefined)) return;
    const values = Object.fromEntries(fields.map((f) => [f, entity[f]]));
    tx.add(
      ...guardItem(this.table, keys.unique(def.type, values), { _type: 'unique', entityId: entity.id }, () => {
        const err = new ConflictError(
          `another ${def.type} already has ${fields.map((f) => `${f}=${String(entity[f])}`).join(', ')}`,
          'duplicate',
        );
        err.errors = fields.map((f) => ({ pointer: `/${f}`, detail: 'bereits vergeben' }));
        return err;
      }),
    );
  }

  private addGuardDelete(tx: Tx, def: EntityDef, fields: string[], entity: Item) {
    if (fields.some((f) => entity[f] === undefined)) return;
    tx.add(
      { Delete: { TableName: this.table, Key: keys.unique(def.type, Object.fromEntries(fields.map((f) => [f, entity[f]]))) } },
      () => new ConflictError('guard item changed concurrently', 'stale-version'),
    );
  }

  /**
   * Increments refCount on newly referenced items and decrements it on dropped ones, and applies
   * the write's counters (a budget line's spent amount) in the same update of the referenced item:
   * one transaction may touch an item only once.
   */
  private addRefChanges(tx: Tx, def: EntityDef, selfId: string, before: Item, after: Item, counters: CounterChange[] = []) {
    const pending = new Map(counters.map((c) => [`${c.type}#${c.id}`, c]));
    for (const [field, targetType] of Object.entries(def.refs)) {
      const was = new Set(asList(before[field]));
      const now = new Set(asList(after[field]));
      const change = (id: string, delta: 1 | -1 | 0) => {
        const counter = pending.get(`${targetType}#${id}`);
        pending.delete(`${targetType}#${id}`);
        if (delta === 0 && !counter) return;
        tx.add(refUpdate(this.table, targetType, id, delta, counter), (old) =>
          counter && old
            ? new ConflictError(counter.refusal, 'over-limit')
            : delta === -1
              ? new IntegrityError(`${targetType} '${id}' vanished`)
              : new IntegrityError(`${targetType} '${id}' does not exist`, [{ pointer: `/${field}`, detail: `${targetType} '${id}' existiert nicht` }]),
        );
      };
      for (const id of now) {
        if (targetType === def.type && id === selfId)
          throw new IntegrityError(`${def.type} cannot reference itself`, [{ pointer: `/${field}`, detail: 'verweist auf sich selbst' }]);
        change(id, was.has(id) ? 0 : 1);
      }
      for (const id of was) if (!now.has(id)) change(id, -1);
    }
    if (pending.size) throw new Error(`counters on items the record does not reference: ${[...pending.keys()].join(', ')}`);
  }
}

/**
 * `ADD refCount` on a referenced item, conditional on its existence; with a counter also `ADD` to
 * that field, conditional on the limit read with it still holding and the sum staying within it.
 */
function refUpdate(table: string, type: string, id: string, delta: 1 | -1 | 0, counter?: CounterChange): TxItem {
  const adds = [...(delta ? ['refCount :d'] : []), ...(counter ? ['#c :cd'] : [])];
  const limited = !!counter?.within && counter.delta > 0;
  const names: Record<string, string> = counter ? { '#c': counter.field, ...(limited ? { '#w': counter.within!.field } : {}) } : {};
  const values: Record<string, unknown> = { ...(delta ? { ':d': delta } : {}), ...(counter ? { ':cd': counter.delta } : {}) };
  let condition = 'attribute_exists(PK)';
  if (limited) {
    condition += ' AND #w = :limit AND (attribute_not_exists(#c) OR #c <= :room)';
    values[':limit'] = counter!.within!.value;
    values[':room'] = counter!.within!.value - counter!.delta;
  }
  return {
    Update: {
      TableName: table,
      Key: keys.entity(type, id),
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ConditionExpression: condition,
      ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

type OrderKeyState = 'unsorted' | 'backfilled' | 'keyed' | 'unkeyed';
const ORDER_KEY_CONDITION: Record<OrderKeyState, string> = { unsorted: '', backfilled: '', keyed: ' AND attribute_exists(GSI3PK)', unkeyed: ' AND attribute_not_exists(GSI3PK)' };
const orderKeyRaced = (state: OrderKeyState, old: Item) => (state === 'keyed' && !old.GSI3PK) || (state === 'unkeyed' && !!old.GSI3PK);

/** The backfill gave the record its list-order key between our read and our write (it keeps the version). */
class OrderKeyRace extends ConflictError {
  constructor() {
    super('the list order of the record changed concurrently', 'stale-version');
  }
}

/** Once: the second attempt reads the key the backfill wrote. */
async function retryOnOrderKeyRace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof OrderKeyRace) return write();
    throw err;
  }
}

function staleVersion(def: EntityDef, id: string, currentVersion: number) {
  return new ConflictError(
    `${def.type} '${id}' was changed by someone else (current version ${currentVersion})`,
    'stale-version',
    currentVersion,
  );
}

/**
 * The last line behind the schemas: DynamoDB refuses numbers beyond its range with an error that
 * would surface as 500, so such a value is a bad request before any write is built.
 */
const STORABLE_LIMIT = 1e15;
function assertStorable(value: unknown, path = ''): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > STORABLE_LIMIT)
      throw new BadRequestError(`number out of range at ${path || '/'}`, [{ pointer: path || '/', detail: `Zahl außerhalb von ±${STORABLE_LIMIT}` }]);
  } else if (Array.isArray(value)) value.forEach((v, i) => assertStorable(v, `${path}/${i}`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertStorable(v, `${path}/${k}`);
}

function redacted(v: unknown): unknown {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? `[${v.length} redacted]` : '[redacted]';
}

function asList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

