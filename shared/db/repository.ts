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
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { AuditEntry } from '../schemas/auditEntry.ts';
import type { EntityDef } from '../entities.ts';
import { BadRequestError, ConflictError, IntegrityError, NotFoundError, StorageError, UnavailableError, isUnavailable } from './errors.ts';
import { accessPatterns, type Query } from './accessPatterns.ts';
import { INTERNAL_ATTRIBUTES, itemKeys, keys } from './keys.ts';
import { auditItem, commitTx, guardItem, Tx, type TxItem } from './transaction.ts';

type Item = Record<string, any>;

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface ListQuery {
  /** Pattern 3 when set: the parent id; otherwise pattern 2 (the whole collection). */
  parentId?: string;
  limit?: number;
  cursor?: string;
}

/** A guard item written (or, on delete, removed) in the entity's transaction: e.g. an API key's hash. */
export interface ExtraGuard {
  key: { PK: string; SK: string };
  attributes: Item;
  /** The error when the guard already exists. */
  onConflict: () => StorageError;
}

export interface WriteOptions {
  actor: string;
  /** Further guard items written in the same transaction. */
  guards?: ExtraGuard[];
}

const META_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

export class Repository {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly table: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ---------- reads ----------

  async find<T = Item>(def: EntityDef, id: string): Promise<T | undefined> {
    const item = await this.getRaw(keys.entity(def.type, id));
    return item ? (toEntity(item) as T) : undefined;
  }

  async get<T = Item>(def: EntityDef, id: string): Promise<T> {
    const found = await this.find<T>(def, id);
    if (!found) throw new NotFoundError(def.type, id);
    return found;
  }

  /** The entity holding a natural key (pattern 5), e.g. the user with an e-mail address. */
  async findByUnique<T = Item>(def: EntityDef, values: Record<string, unknown>): Promise<T | undefined> {
    const guard = await this.getRaw(keys.unique(def.type, values));
    return guard?.entityId ? this.find<T>(def, guard.entityId) : undefined;
  }

  /** A non-entity item by its key (guards, API key hashes, reports). */
  async getRaw(key: { PK: string; SK: string }): Promise<Item | undefined> {
    const res = await this.send(() => this.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true })));
    return res.Item;
  }

  /** Items that exist, in the order asked; unknown ids are left out (react-admin getMany). */
  async batchGet<T = Item>(def: EntityDef, ids: string[]): Promise<T[]> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Item>();
    for (let i = 0; i < unique.length; i += 100) {
      let request: Record<string, any> | undefined = {
        [this.table]: { Keys: unique.slice(i, i + 100).map((id) => keys.entity(def.type, id)) },
      };
      for (let attempt = 0; request && Object.keys(request).length && attempt < 8; attempt++) {
        const res = await this.send(() => this.doc.send(new BatchGetCommand({ RequestItems: request })));
        for (const it of res.Responses?.[this.table] ?? []) found.set(it.id, toEntity(it));
        request = res.UnprocessedKeys;
        if (request && Object.keys(request).length) await sleep(20 * 2 ** attempt);
      }
    }
    return unique.filter((id) => found.has(id)).map((id) => found.get(id) as T);
  }

  /** One page of a collection (pattern 2) or of a parent's children (pattern 3). */
  async listPage<T = Item>(def: EntityDef, q: ListQuery = {}): Promise<Page<T>> {
    const pattern = q.parentId ? accessPatterns.byParent(def, q.parentId) : accessPatterns.collection(def);
    return this.queryPage<T>({ TableName: this.table, ...pattern }, q);
  }

  async listAll<T = Item>(def: EntityDef, q: Omit<ListQuery, 'limit' | 'cursor'> = {}): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page: Page<T> = await this.listPage<T>(def, { ...q, cursor });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  /** The records of one period across all their parents (pattern 4, e.g. measurements). */
  async listByPeriod<T = Item>(def: EntityDef, period: string): Promise<T[]> {
    return this.queryAll<T>(accessPatterns.byPeriod(def, period));
  }

  /** Audit entries, newest first: of one entity (6), one month (7) or one actor (8). */
  async auditPage(
    by: { entity: { type: string; id: string } } | { month: string } | { actor: string },
    q: { limit?: number; cursor?: string } = {},
  ): Promise<Page<AuditEntry>> {
    const pattern =
      'entity' in by ? accessPatterns.auditOfEntity(by.entity.type, by.entity.id) : 'month' in by ? accessPatterns.auditOfMonth(by.month) : accessPatterns.auditOfActor(by.actor);
    return this.queryPage<AuditEntry>({ TableName: this.table, ...pattern }, q);
  }

  /** Every item of one named query (accessPatterns.ts), page by page. */
  async queryAll<T = Item>(pattern: Query): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page: Page<T> = await this.queryPage<T>({ TableName: this.table, ...pattern }, { cursor });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  private async queryPage<T>(input: QueryCommandInput, q: { limit?: number; cursor?: string }): Promise<Page<T>> {
    const res = await this.send(() =>
      this.doc.send(
        new QueryCommand({
          ...input,
          Limit: q.limit,
          ExclusiveStartKey: q.cursor ? decodeCursor(q.cursor) : undefined,
        }),
      ),
    );
    return {
      items: (res.Items ?? []).map((i) => toEntity(i) as T),
      cursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : undefined,
    };
  }

  // ---------- writes ----------

  /**
   * Usage telemetry of an API key (at most every few minutes): not a change of the key, so it
   * carries no version bump and no audit entry, and touches nothing but `lastUsedAt`.
   */
  async recordApiKeyUse(def: EntityDef, id: string, at: string): Promise<void> {
    await this.send(() =>
      this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.entity(def.type, id),
          UpdateExpression: 'SET lastUsedAt = :t',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':t': at },
        }),
      ),
    );
  }

  /** `at` back-dates the record (seeding only: demo offers carry their own creation dates). */
  async create<T = Item>(def: EntityDef, data: Item, opts: WriteOptions & { id?: string; at?: string }): Promise<T> {
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
    this.addAudit(tx, def, id, 'create', opts.actor, at, 1, diff({}, entity));
    for (const fields of def.unique) this.addGuardPut(tx, def, fields, entity);
    this.addRefChanges(tx, def, id, {}, entity);
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    await commitTx(this.doc, tx);
    return entity as T;
  }

  /**
   * Replaces the entity's fields with `data`, if `expectedVersion` is still current.
   * Uses SET/REMOVE rather than Put so that `refCount`, maintained by other writers, survives.
   */
  async update<T = Item>(
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
    const clean = Object.fromEntries(Object.entries(data).filter(([k]) => !META_FIELDS.has(k)));
    const changes = diff(stripMeta(current), clean);
    if (Object.keys(changes).length === 0 && !opts.guards?.length) return current as T;

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
    const tx = new Tx();
    tx.add(
      {
        Update: {
          TableName: this.table,
          Key: keys.entity(def.type, id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      (old) => (old ? staleVersion(def, id, old.version) : new NotFoundError(def.type, id)),
    );
    this.addAudit(tx, def, id, 'update', opts.actor, at, version, changes);
    for (const fields of def.unique) {
      const before = JSON.stringify(fields.map((f) => current[f]));
      const after = JSON.stringify(fields.map((f) => next[f as keyof typeof next]));
      if (before !== after) {
        this.addGuardDelete(tx, def, fields, current);
        this.addGuardPut(tx, def, fields, next);
      }
    }
    this.addRefChanges(tx, def, id, current, next);
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    await commitTx(this.doc, tx);
    return next as T;
  }

  /** Deletes the entity unless it is still referenced; with `expectedVersion`, only that version. */
  async delete(def: EntityDef, id: string, expectedVersion: number | undefined, opts: WriteOptions & { current?: Item }): Promise<Item> {
    const current = opts.current ?? (await this.get<Item>(def, id));
    if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleVersion(def, id, current.version);
    const at = this.now().toISOString();
    const tx = new Tx();
    tx.add(
      {
        Delete: {
          TableName: this.table,
          Key: keys.entity(def.type, id),
          ConditionExpression: '#version = :v AND (attribute_not_exists(refCount) OR refCount = :zero)',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':v': current.version, ':zero': 0 },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      (old) => {
        if (!old) return new NotFoundError(def.type, id);
        if (old.version !== current.version) return staleVersion(def, id, old.version);
        return new IntegrityError(`${def.type} '${id}' is still referenced by ${old.refCount} other record(s)`);
      },
    );
    this.addAudit(tx, def, id, 'delete', opts.actor, at, current.version, diff(stripMeta(current), {}));
    for (const fields of def.unique) this.addGuardDelete(tx, def, fields, current);
    this.addRefChanges(tx, def, id, current, {});
    for (const g of opts.guards ?? []) tx.add(...guardItem(this.table, g.key, g.attributes, g.onConflict));
    await commitTx(this.doc, tx);
    return current;
  }

  // ---------- transaction parts ----------

  private addAudit(tx: Tx, def: EntityDef, entityId: string, action: AuditEntry['action'], actor: string, at: string, version: number, changes: AuditEntry['changes']) {
    tx.add(...auditItem(this.table, { entityType: def.type, entityId, action, actor, at, version, changes }));
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

  /** Increments refCount on newly referenced items and decrements it on dropped ones. */
  private addRefChanges(tx: Tx, def: EntityDef, selfId: string, before: Item, after: Item) {
    for (const [field, targetType] of Object.entries(def.refs)) {
      const was = new Set(asList(before[field]));
      const now = new Set(asList(after[field]));
      for (const id of now) {
        if (was.has(id)) continue;
        if (targetType === def.type && id === selfId)
          throw new IntegrityError(`${def.type} cannot reference itself`, [{ pointer: `/${field}`, detail: 'verweist auf sich selbst' }]);
        tx.add(refUpdate(this.table, targetType, id, 1), () =>
          new IntegrityError(`${targetType} '${id}' does not exist`, [{ pointer: `/${field}`, detail: `${targetType} '${id}' existiert nicht` }]),
        );
      }
      for (const id of was) {
        if (now.has(id)) continue;
        tx.add(refUpdate(this.table, targetType, id, -1), () => new IntegrityError(`${targetType} '${id}' vanished`));
      }
    }
  }

  private async send<R>(fn: () => Promise<R>): Promise<R> {
    try {
      return await fn();
    } catch (err) {
      if (isUnavailable(err)) throw new UnavailableError(err);
      throw err;
    }
  }
}

function refUpdate(table: string, type: string, id: string, delta: 1 | -1): TxItem {
  return {
    Update: {
      TableName: table,
      Key: keys.entity(type, id),
      UpdateExpression: 'ADD refCount :d',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':d': delta },
    },
  };
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

function asList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

/** Strips storage attributes so only the entity's own fields leave the repository. */
export function toEntity(item: Item): Item {
  const out = { ...item };
  for (const k of INTERNAL_ATTRIBUTES) delete out[k];
  return out;
}

function stripMeta(e: Item): Item {
  return Object.fromEntries(Object.entries(toEntity(e)).filter(([k]) => !META_FIELDS.has(k)));
}

/** Top-level fields whose value differs, with before and after. */
export function diff(before: Item, after: Item): AuditEntry['changes'] {
  const out: AuditEntry['changes'] = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (META_FIELDS.has(k) && k !== 'id') continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { from: before[k], to: after[k] };
  }
  return out;
}

function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw new BadRequestError('invalid cursor', [{ pointer: '/cursor', detail: 'ungültig' }]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
