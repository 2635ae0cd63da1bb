/**
 * The repository's reads: by id (1), natural key (5), collection (2), parent (3), period (4),
 * audit trails (6–8), each through the named queries of accessPatterns.ts.
 */
import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { EntityDef, EntityRef, Item } from '../entities.ts';
import type { AuditEntry } from '../schemas/auditEntry.ts';
import { accessPatterns, type Query } from './accessPatterns.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toEntity } from './diff.ts';
import { isUnavailable, NotFoundError, UnavailableError } from './errors.ts';
import { keys, META_SK } from './keys.ts';
import { now as clockNow } from '../time/clock.ts';
import { currentTenant } from '../tenancy/scope.ts';
import type { TenantClients } from './tenantCredentials.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';


export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** Public searches that found nothing, counted by filter values only (never free text or who searched). */
export interface SearchGap {
  month: string;
  socialSpaceId: string;
  theme: string;
  targetGroup: string;
  ageBand: string;
  /** The language the search was made in (`de` for counters from before languages). */
  language: string;
  count: number;
}

export interface ListQuery {
  /** Pattern 3 when set: the parent id; otherwise pattern 2 (the whole collection). */
  parentId?: string;
  limit?: number;
  cursor?: string;
  /** Only these attributes (a computation's inputs): less to transfer and decode than whole records. */
  fields?: readonly string[];
}

/** A ProjectionExpression naming `fields` (always with `id`), or nothing. */
function projection(fields?: readonly string[]): Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'> {
  if (!fields?.length) return {};
  const all = [...new Set(['id', ...fields])];
  return { ProjectionExpression: all.map((_, i) => `#p${i}`).join(', '), ExpressionAttributeNames: Object.fromEntries(all.map((f, i) => [`#p${i}`, f])) };
}

/** The patterns whose items a backfill writes for records older than the pattern (shared/db/backfill.ts). */
export type BackfilledPattern = 'bySpace' | 'sorted' | 'subject';

export class RepositoryReads {
  constructor(
    /** The function's own client: the operator's items (platformStore.ts), and every request locally. */
    readonly baseDoc: DynamoDBDocumentClient,
    readonly table: string,
    protected readonly now: () => Date = clockNow,
    /** In AWS, clients whose credentials reach only one tenant's partitions (tenantCredentials.ts). */
    readonly scoped?: TenantClients,
  ) {}

  /** The client for the current tenant's work: scoped to that tenant in AWS. */
  get doc(): DynamoDBDocumentClient {
    return this.scoped ? this.scoped.doc(currentTenant()) : this.baseDoc;
  }

  async find<T extends Item = Item>(def: EntityRef<T>, id: string): Promise<T | undefined> {
    const item = await this.getRaw(keys.entity(def.type, id));
    return item ? (toEntity(item) as T) : undefined;
  }

  async get<T extends Item = Item>(def: EntityDef<T>, id: string): Promise<T> {
    const found = await this.find<T>(def, id);
    if (!found) throw new NotFoundError(def.type, id);
    return found;
  }

  /** The entity holding a natural key (pattern 5), e.g. the user with an e-mail address. */
  async findByUnique<T extends Item = Item>(def: EntityDef<T>, values: Record<string, unknown>): Promise<T | undefined> {
    const guard = await this.getRaw(keys.unique(def.type, values));
    return guard?.entityId ? this.find<T>(def, guard.entityId) : undefined;
  }

  /** A non-entity item by its key (guards, API key hashes, reports). */
  async getRaw(key: { PK: string; SK: string }): Promise<Item | undefined> {
    const res = await this.send(() => this.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true })));
    return res.Item;
  }

  /** Items that exist, in the order asked; unknown ids are left out (react-admin getMany). */
  async batchGet<T extends Item = Item>(def: EntityDef<T>, ids: string[]): Promise<T[]> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Item>();
    for (const it of await this.batchGetRaw(unique.map((id) => keys.entity(def.type, id)))) found.set(it.id, toEntity(it));
    return unique.filter((id) => found.has(id)).map((id) => found.get(id) as T);
  }

  /**
   * The entities holding many natural keys at once (pattern 5, then 1), by the key's values joined
   * with `|`: an import finds the records of thousands of rows in a few round trips.
   */
  async findManyByUnique<T extends Item = Item>(def: EntityDef<T>, valueLists: Record<string, unknown>[]): Promise<Map<string, T>> {
    const guardKeys = new Map(valueLists.map((v) => [keys.unique(def.type, v).PK, Object.values(v).map(String).join('|')]));
    const guards = await this.batchGetRaw([...guardKeys.keys()].map((PK) => ({ PK, SK: META_SK })));
    const entitiesById = new Map((await this.batchGet<T>(def, guards.map((g) => g.entityId))).map((e) => [e.id, e]));
    return new Map(guards.filter((g) => entitiesById.has(g.entityId)).map((g) => [guardKeys.get(g.PK)!, entitiesById.get(g.entityId)!]));
  }

  /** Raw items by key, 100 per request, unprocessed keys retried; missing ones left out. */
  private async batchGetRaw(wanted: { PK: string; SK: string }[]): Promise<Item[]> {
    const found: Item[] = [];
    for (let i = 0; i < wanted.length; i += 100) {
      let request: Item | undefined = { [this.table]: { Keys: wanted.slice(i, i + 100) } };
      for (let attempt = 0; request && Object.keys(request).length && attempt < 8; attempt++) {
        const res = await this.send(() => this.doc.send(new BatchGetCommand({ RequestItems: request })));
        found.push(...(res.Responses?.[this.table] ?? []));
        request = res.UnprocessedKeys;
        if (request && Object.keys(request).length) await sleep(20 * 2 ** attempt);
      }
    }
    return found;
  }

  /** One page of a collection (pattern 2) or of a parent's children (pattern 3). */
  async listPage<T extends Item = Item>(def: EntityDef<T>, q: ListQuery = {}): Promise<Page<T>> {
    const pattern = q.parentId ? accessPatterns.byParent(def, q.parentId) : accessPatterns.collection(def);
    return this.queryPage<T>({ TableName: this.table, ...pattern, ...projection(q.fields) }, q);
  }

  async listAll<T extends Item = Item>(def: EntityDef<T>, q: Omit<ListQuery, 'limit' | 'cursor'> = {}): Promise<T[]> {
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
  async listByPeriod<T extends Item = Item>(def: EntityDef<T>, period: string, fields?: readonly string[]): Promise<T[]> {
    return this.queryAll<T>({ ...accessPatterns.byPeriod(def, period), ...projection(fields) });
  }

  /** One social space's records of one month (pattern 14), e.g. the meetings serving it. */
  /** The contact persons who consented (pattern 32): their public face per social space, never their record. */
  async listPublicContacts(): Promise<Item[]> {
    return this.queryAll(accessPatterns.publicContacts());
  }

  async listBySpaceMonth<T extends Item = Item>(def: EntityDef<T>, socialSpaceId: string, month: string): Promise<T[]> {
    return this.queryAll<T>(accessPatterns.bySpaceMonth(def, socialSpaceId, month));
  }

  /**
   * The records serving one social space (pattern 20), or `undefined` while their backfill is not
   * finished (the caller then reads the collection). A finished backfill stays finished, so the
   * marker is read once per process.
   */
  async listBySpace<T extends Item = Item>(def: EntityDef<T>, socialSpaceId: string): Promise<T[] | undefined> {
    if (!(await this.backfilled(def))) return undefined;
    return this.queryAll<T>(accessPatterns.bySpace(def, socialSpaceId));
  }

  /** How many records serve one social space (pattern 20, counted by DynamoDB), or `undefined` while its backfill is not finished. */
  async countBySpace(def: EntityDef, socialSpaceId: string): Promise<number | undefined> {
    if (!(await this.backfilled(def))) return undefined;
    return this.count(accessPatterns.bySpace(def, socialSpaceId));
  }

  /** How many children of one parent a type has (pattern 3, counted by DynamoDB). */
  async countChildren(def: EntityDef, parentId: string): Promise<number> {
    return this.count(accessPatterns.byParent(def, parentId));
  }

  /** Items matching a query (and its filter), counted server-side page by page (`Select: COUNT`): nothing is transferred. */
  private async count(query: Query & Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames'>): Promise<number> {
    let total = 0;
    let key: Record<string, unknown> | undefined;
    do {
      const res = await this.send(() => this.doc.send(new QueryCommand({ TableName: this.table, ...query, Select: 'COUNT', ExclusiveStartKey: key })));
      total += res.Count ?? 0;
      key = res.LastEvaluatedKey;
    } while (key);
    return total;
  }

  /** Whether a pattern's backfill for this type has finished (remembered once seen; a marker is never removed). */
  async backfilled(def: { type: string }, pattern: BackfilledPattern = 'bySpace'): Promise<boolean> {
    const marker = `${this.table}|${currentTenant()}|${pattern}|${def.type}`;
    if (backfilled.has(marker)) return true;
    if (!(await this.getRaw(keys.backfill(pattern, def.type)))) return false;
    backfilled.add(marker);
    return true;
  }

  /**
   * Records `start`..`end` of a type in its list's order (pattern 23), forwards or backwards, and
   * how many there are: one page read, the total from the collection's counter (24). `undefined` while the
   * pattern's backfill is not finished (the caller then reads the collection).
   */
  async listSorted<T extends Item = Item>(def: EntityDef<T>, descending: boolean, [start, end]: [number, number]): Promise<{ items: T[]; total: number } | undefined> {
    if (!(await this.backfilled(def, 'sorted'))) return undefined;
    const [items, counter] = await Promise.all([this.rangeItems<T>({ TableName: this.table, ...accessPatterns.sorted(def, descending) }, [start, end]), this.getRaw(keys.sortedCount(def.type))]);
    return { items, total: Math.max(0, counter?.count ?? 0) };
  }

  /** Open agreements of all meetings by due date (pattern 15). */
  async listOpenAgreements<T extends Item = Item>(): Promise<T[]> {
    return this.queryAll<T>(accessPatterns.openAgreements());
  }

  /**
   * The counters of public searches without result in one month (pattern 16). A counter from before
   * languages (no language, no suffix) counts as German, added to the German counter of the same values.
   */
  async listSearchGaps(month: string): Promise<SearchGap[]> {
    const items = await this.queryAll<Item>(accessPatterns.searchGaps(month));
    const gaps = new Map<string, SearchGap>();
    for (const i of items) {
      const gap: SearchGap = { month, socialSpaceId: i.socialSpaceId, theme: i.theme, targetGroup: i.targetGroup, ageBand: i.ageBand, language: i.language ?? SOURCE_LANGUAGE, count: i.count };
      const key = [gap.socialSpaceId, gap.theme, gap.targetGroup, gap.ageBand, gap.language].join('#');
      const same = gaps.get(key);
      if (same) same.count += gap.count;
      else gaps.set(key, gap);
    }
    return [...gaps.values()];
  }

  /** Audit entries, newest first: of one entity (6), one month (7) or one actor (8). */
  async auditPage(
    by: AuditScope,
    q: { limit?: number; cursor?: string } = {},
  ): Promise<Page<AuditEntry>> {
    return this.queryPage<AuditEntry>({ TableName: this.table, ...auditPattern(by) }, q);
  }

  /**
   * Audit entries `start`..`end` (newest first) that match `only`, and how many match in all. The
   * entries are read page by page and only as far as `end`; the total is a server-side COUNT, so a
   * month of entries is never held in memory (issue 19).
   */
  async auditRange(by: AuditScope, only: AuditOnly, [start, end]: [number, number]): Promise<{ items: AuditEntry[]; total: number }> {
    const pattern = auditPattern(by);
    const filter = auditFilter(only);
    const input = { TableName: this.table, ...pattern, ...filter, ExpressionAttributeValues: { ...pattern.ExpressionAttributeValues, ...filter.ExpressionAttributeValues } };
    return this.range<AuditEntry>(input, [start, end], AUDIT_PAGE);
  }

  /**
   * Items `start`..`end` of a query, read page by page only as far as `end` (at most `pageCap` a
   * page), and how many it matches in all, counted server-side beside the read.
   */
  protected async range<T>(input: QueryCommandInput, [start, end]: [number, number], pageCap = Infinity): Promise<{ items: T[]; total: number }> {
    const [items, total] = await Promise.all([this.rangeItems<T>(input, [start, end], pageCap), this.count(input)]);
    return { items, total };
  }

  /** Items `start`..`end` of a query, read page by page only as far as `end` (at most `pageCap` a page). */
  protected async rangeItems<T>(input: QueryCommandInput, [start, end]: [number, number], pageCap = Infinity): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.queryPage<T>(input, { cursor, limit: Math.min(pageCap, end + 1 - items.length) });
      items.push(...page.items);
      cursor = page.cursor;
    } while (cursor && items.length <= end);
    return items.slice(start, end + 1);
  }

  /** Every item of one named query (accessPatterns.ts), page by page. */
  async queryAll<T = Item>(pattern: Query & Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'>): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page: Page<T> = await this.queryPage<T>({ TableName: this.table, ...pattern }, { cursor });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  protected async queryPage<T>(input: QueryCommandInput, q: { limit?: number; cursor?: string }): Promise<Page<T>> {
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

  protected async send<R>(fn: () => Promise<R>): Promise<R> {
    try {
      return await fn();
    } catch (err) {
      if (isUnavailable(err)) throw new UnavailableError(err);
      throw err;
    }
  }
}

export type AuditScope = { entity: { type: string; id: string } } | { month: string } | { actor: string };
/** Conditions on audit entries besides their partition, applied by DynamoDB (FilterExpression). */
export type AuditOnly = Partial<Pick<AuditEntry, 'entityType' | 'action' | 'actor'>>;
/** Items per audit query page: a page of the admin's list, without reading the month. */
const AUDIT_PAGE = 100;

const auditPattern = (by: AuditScope): Query =>
  'entity' in by ? accessPatterns.auditOfEntity(by.entity.type, by.entity.id) : 'month' in by ? accessPatterns.auditOfMonth(by.month) : accessPatterns.auditOfActor(by.actor);

function auditFilter(only: AuditOnly): Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const fields = (['entityType', 'action', 'actor'] as const).filter((f) => only[f] !== undefined);
  if (!fields.length) return {};
  return {
    FilterExpression: fields.map((f) => `#${f} = :${f}`).join(' AND '),
    ExpressionAttributeNames: Object.fromEntries(fields.map((f) => [`#${f}`, f])),
    ExpressionAttributeValues: Object.fromEntries(fields.map((f) => [`:${f}`, only[f]])),
  };
}

/** `<table>|<tenant>|<pattern>|<type>` whose backfill this process has seen finished (a container serves many tenants). */
const backfilled = new Set<string>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
