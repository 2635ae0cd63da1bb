/**
 * The named queries of the access-pattern table (keys.ts), each on the index of
 * tableDefinition.ts that serves it. Index names appear here and in the table definition only.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { EntityDef } from '../entities.ts';
import { keys } from './keys.ts';
import { tableDefinition } from './tableDefinition.ts';

type Index = (typeof tableDefinition.globalSecondaryIndexes)[number];
const [GSI1, GSI2, GSI3] = tableDefinition.globalSecondaryIndexes;
/** What each global secondary index is for. */
export const INDEX_ROLES: Record<'collection' | 'byParent' | 'byPeriod' | 'sorted', Index> = { collection: GSI1, byParent: GSI2, byPeriod: GSI3, sorted: GSI3 };

export type Query = Pick<QueryCommandInput, 'IndexName' | 'KeyConditionExpression' | 'ExpressionAttributeValues' | 'ScanIndexForward'>;

function onIndex(index: Index, pk: string, skPrefix?: string, newestFirst = false): Query {
  return {
    IndexName: index.indexName,
    KeyConditionExpression: `${index.partitionKey} = :pk${skPrefix ? ` AND begins_with(${index.sortKey}, :sk)` : ''}`,
    ExpressionAttributeValues: { ':pk': pk, ...(skPrefix ? { ':sk': skPrefix } : {}) },
    ...(newestFirst ? { ScanIndexForward: false } : {}),
  };
}

export const accessPatterns = {
  /** 2: every record of a type. */
  collection: (def: EntityDef): Query => onIndex(INDEX_ROLES.collection, keys.collection(def.type).GSI1PK),
  /** 3: the records of a type under one parent (the entity's `byParent` reference). */
  byParent: (def: EntityDef, parentId: string): Query => {
    if (!def.patterns.byParent) throw new Error(`${def.type} is not read by parent`);
    const k = keys.child(def.refs[def.patterns.byParent], parentId, def.type);
    return onIndex(INDEX_ROLES.byParent, k.GSI2PK, k.GSI2SK);
  },
  /** 4: the records of a type in one period (the entity's `byPeriod` field). */
  byPeriod: (def: EntityDef, period: string): Query => {
    if (!def.patterns.byPeriod) throw new Error(`${def.type} is not read by period`);
    return onIndex(INDEX_ROLES.byPeriod, keys.period(def.type, period).GSI3PK);
  },
  /** 23: every record of a type in its list's order (`sortedBy`), or the reverse. */
  sorted: (def: EntityDef, descending = false): Query => {
    if (!def.patterns.sortedBy) throw new Error(`${def.type} has no list order`);
    return onIndex(INDEX_ROLES.sorted, keys.sorted(def.type).GSI3PK, undefined, descending);
  },
  /** 6: one entity's audit trail, newest first (on the table itself). */
  auditOfEntity: (type: string, id: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.auditOfEntity(type, id).PK },
    ScanIndexForward: false,
  }),
  /** 7: the audit entries of one month, newest first. */
  auditOfMonth: (month: string): Query => onIndex(INDEX_ROLES.collection, keys.auditOfMonth(month).GSI1PK, undefined, true),
  /** 7: the audit entries of one month from an instant on, oldest first (what changed since then). */
  auditSince: (month: string, at: string): Query => {
    const index = INDEX_ROLES.collection;
    return {
      IndexName: index.indexName,
      KeyConditionExpression: `${index.partitionKey} = :pk AND ${index.sortKey} >= :at`,
      ExpressionAttributeValues: { ':pk': keys.auditOfMonth(month).GSI1PK, ':at': at },
    };
  },
  /** 26: the parts of one catalogue build, in order. */
  catalogueParts: (build: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.cataloguePart(build).PK },
  }),
  /** 8: one actor's audit entries, newest first. */
  auditOfActor: (actor: string): Query => onIndex(INDEX_ROLES.byParent, keys.auditOfActor(actor).GSI2PK, undefined, true),
  /** 14: one social space's records of a type in one month (projection items), by date. */
  bySpaceMonth: (def: EntityDef, socialSpaceId: string, month: string): Query => {
    if (!def.patterns.bySpaceMonth) throw new Error(`${def.type} is not read by social space and month`);
    return {
      KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.spaceMonth(def.type, socialSpaceId, month).PK },
    };
  },
  /** 20: the records of a type serving one social space (projection items), by id. */
  bySpace: (def: Pick<EntityDef, 'type' | 'patterns'>, socialSpaceId: string): Query => {
    if (!def.patterns.bySpace) throw new Error(`${def.type} is not read by social space`);
    return {
      KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.inSpace(def.type, socialSpaceId).PK },
    };
  },
  /** 32: the contact persons who consented, by social space. */
  publicContacts: (): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.publicContact().PK },
  }),
  /** 15: open agreements of all meetings, earliest due date first (undated last). */
  openAgreements: (): Query => onIndex(INDEX_ROLES.collection, keys.openAgreement('', '').GSI1PK),
  /** 16: the counters of public searches without result in one month. */
  searchGaps: (month: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.searchGap(month).PK },
  }),
  /** 18: the boundary versions of one level, newest valid-from first. */
  boundaryVersions: (level: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.boundaryVersion(level).PK },
    ScanIndexForward: false,
  }),
  /** 19: the area shapes of one boundary version. */
  boundaryShapes: (versionId: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.boundaryShape(versionId).PK },
  }),
  /** 33: the address directory's versions, newest first. */
  addressVersions: (): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.addressVersion().PK },
    ScanIndexForward: false,
  }),
  /** 30: the records holding one person's e-mail or phone (projection items), by type and id. */
  subject: (hash: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.subject(hash).PK },
  }),
  /** 35: the lock items of one room from day `from` to day `to`, inclusive, by day. */
  roomDays: (roomId: string, from: string, to: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk AND ${tableDefinition.sortKey} BETWEEN :from AND :to`,
    ExpressionAttributeValues: { ':pk': keys.roomDay(roomId).PK, ':from': from, ':to': to },
  }),
  /** 36: the offers and meetings using one room (projection items). */
  inRoom: (roomId: string): Query => ({
    KeyConditionExpression: `${tableDefinition.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.inRoom(roomId).PK },
  }),
  /** 12: all monthly reports, newest first. */
  reports: (): Query => onIndex(INDEX_ROLES.collection, keys.reportCollection().GSI1PK, undefined, true),
};
