/**
 * What each function may do on the one table, as IAM statements. Item actions are confined with
 * `dynamodb:LeadingKeys` to the partitions the function serves (patterns from the key module);
 * index queries are read-only and unconditioned (an index is a projection of those items).
 * Never Scan, never `dynamodb:*`.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import { bySpaceTypes, sortedTypes, subjectTypes } from '../../shared/db/backfill.ts';
import { partitionPatterns as p } from '../../shared/db/keys.ts';
import { entities, type EntityType } from '../../shared/entities.ts';
import type { FunctionGroup } from '../../shared/contract/routes/index.ts';

const READ_ITEMS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const WRITE_ITEMS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];
const STRUCTURE: EntityType[] = ['district', 'socialSpace', 'planningArea', 'quarter', 'centre', 'organisation', 'goal'];
const ALL_TYPES = Object.keys(entities) as EntityType[];

/** The partitions of a type's projection items (patterns 14, 15, 20, 32, 36). */
function projections(t: EntityType): string[] {
  const { bySpaceMonth, openAgreements, bySpace, publicContacts, byRoom } = entities[t].patterns;
  return [...(bySpaceMonth ? [p.spaceMonth(t)] : []), ...(openAgreements ? [p.agreement] : []), ...(bySpace ? [p.inSpace(t)] : []), ...(publicContacts ? [p.publicContact] : []), ...(byRoom ? [p.inRoom] : [])];
}
/** Lists by social space (20) read the copies once their backfill's marker (21) is there. */
const bySpaceReads = (types: EntityType[]) => [...types.flatMap(projections), p.backfill];
/** The types the backfill copies per social space: what it may write is derived from what it does. */
const BY_SPACE = bySpaceTypes().map((d) => d.type);
/** The types the backfill gives their list-order key (23): an update of the record item itself. */
const SORTED = sortedTypes().map((d) => d.type);
/** The counters (24) of those types: a sorted list reads its total there, a writer changes it. */
const sortedCounts = (types: EntityType[]) => types.filter((t) => SORTED.includes(t)).map(p.sortedCount);
/** The types holding a person's e-mail or phone: each write of one puts or deletes its items of pattern 30. */
const SUBJECT = subjectTypes().map((d) => d.type);

/** A writer's partitions: its entities, their audit trails, guards and projections, and what they reference (refCount). */
function writes(types: EntityType[]): string[] {
  return types.flatMap((t) => [
    p.entity(t),
    p.audit(t),
    ...(entities[t].unique.length ? [p.unique(t)] : []),
    ...projections(t),
    ...sortedCounts([t]),
    ...(SUBJECT.includes(t) ? [p.subject] : []),
    ...Object.values(entities[t].refs).map(p.entity),
  ]);
}
/** A partner's write under an Idempotency-Key: Powertools' records (10) and the create's guard (functions/http/createdOnce.ts). */
const IDEMPOTENT = [p.idempotency, p.unique('idempotentCreate')];
/**
 * What the metric job reads: the records of each social space and month, and offers; for the room
 * metrics the centres, their rooms and bookings, and the rooms' own use (36). The approved times
 * come from the bookings themselves (without buffers), so not from the day locks (35).
 */
const METRIC_READS = [...projections('meeting'), ...projections('activity'), p.entity('offer'), p.entity('socialSpace'), p.entity('areaFigure'), p.searchGap, p.entity('centre'), p.entity('room'), p.entity('roomBooking'), p.inRoom];

export interface Access {
  read: string[];
  write?: string[];
  /** Only UpdateItem of these attributes (telemetry: an API key's use, a search-gap counter). */
  writeAttributes?: string[];
  /** Only ConditionCheckItem: records whose version a write depends on but never changes (a backfill). */
  check?: string[];
  /** Only UpdateItem of pattern 23's list-order key on these records, under their version (its backfill). */
  orderKeys?: string[];
  /** Only PutItem: derived items this function stores for itself (the public catalogue's snapshot). */
  snapshots?: string[];
}

const GROUP_ACCESS: Record<Exclude<FunctionGroup, 'imports'> | 'authorizer', Access> = {
  // …and the boundaries' versions and shapes (18, 19); offers are read for the location check and counted per space (20).
  spatial: {
    read: [...STRUCTURE.map(p.entity), p.entity('offer'), p.boundaryVersion, p.boundaryShape, ...bySpaceReads(['offer'])],
    // …and the areas' public profiles and the district councils.
    write: writes(['district', 'socialSpace', 'planningArea', 'quarter', 'centre', 'areaProfile', 'council']),
  },
  // The import: a new version of shapes (18, 19), checked against the areas and the social spaces' shapes;
  // and of the address directory (33, 34), written only.
  boundaries: {
    read: [...STRUCTURE.map(p.entity), p.boundaryVersion, p.boundaryShape],
    write: [p.boundaryVersion, p.boundaryShape, p.audit('boundaryVersion'), p.addressVersion, p.addressStreet, p.audit('addressVersion')],
  },
  organisations: {
    // The backfill marker (21) tells whether the organisation list may read its order (23).
    // …and the area profiles, before a photo is deleted that one of them may still show.
    read: ['organisation', 'user', 'apiKey', 'areaProfile'].map((t) => p.entity(t as EntityType)).concat(p.apiKeyHash, p.unique('user'), p.backfill, sortedCounts(['organisation'])),
    write: [...writes(['organisation', 'user', 'apiKey']), p.apiKeyHash],
  },
  // A "still current" link writes its used-once guard with the confirmation.
  offers: {
    read: ['offer', 'centre', 'room', 'quarter', 'socialSpace', 'organisation'].map(p.entity).concat(...IDEMPOTENT, p.unique('offerLink'), bySpaceReads(['offer']), sortedCounts(['offer']), p.translateBudget),
    // …and reserves machine-translation characters under the month's budget (29).
    write: [...writes(['offer']), ...IDEMPOTENT, p.unique('offerLink'), p.translateBudget],
  },
  // Partner contributions write the sum of their space as a measurement.
  indicators: {
    // …and which indicators are published in a space, with the measures linked to them.
    read: ['goal', 'indicator', 'target', 'measurement', 'socialSpace', 'contribution', 'organisation', 'indicatorPublication', 'measure'].map((t) => p.entity(t as EntityType)).concat(p.unique('measurement'), p.unique('contribution'), p.unique('indicatorPublication'), METRIC_READS, ...IDEMPOTENT),
    write: [...writes(['goal', 'indicator', 'target', 'measurement', 'contribution', 'indicatorPublication']), ...IDEMPOTENT],
  },
  networks: {
    read: ['network', 'meeting', 'activity', 'socialSpace', 'quarter', 'centre', 'room', 'organisation', 'offer', 'user'].map(p.entity).concat(projections('meeting'), projections('activity'), bySpaceReads(['network']), sortedCounts(['meeting', 'activity']), ...IDEMPOTENT),
    write: [...writes(['network', 'meeting', 'activity']), ...IDEMPOTENT],
  },
  // Residents' side: public structure and offers only (handlers keep only published offers).
  planning: {
    read: ['need', 'workPlan', 'measure', 'budgetLine', 'expense', 'areaFigure', 'socialSpace', 'quarter', 'offer', 'user', 'meeting', 'activity', 'goal', 'indicator', 'organisation', 'idea']
      .map((t) => p.entity(t as EntityType))
      .concat(p.unique('workPlan'), p.unique('areaFigure'), p.searchGap),
    write: writes(['need', 'workPlan', 'measure', 'budgetLine', 'expense', 'areaFigure']),
  },
  // It also counts searches without result (filter values only), and stores the catalogue's
  // snapshot (25, 26) that it reads with the audit index (7) instead of every offer.
  // The area pages read what is published of the work there (profiles, public measures and meetings, published
  // indicators with their values) and the public face of the contact persons who consented (32), never a user.
  public: {
    read: [
      p.publicContact,
      ...['offer', 'activity', ...STRUCTURE, 'network', 'areaProfile', 'indicatorPublication', 'indicator', 'measurement', 'target', 'workPlan', 'measure', 'meeting'].map((t) => p.entity(t as EntityType)),
      ...projections('meeting'), ...projections('activity'), p.boundaryVersion, p.boundaryShape, p.catalogue,
      // An address becomes a point through the address directory (33, 34), then a quarter through the boundaries.
      p.addressVersion, p.addressStreet,
      // A centre's rooms with their free and taken times: the rooms, their day locks (35) and own use (36).
      p.entity('room'), p.roomDay, p.inRoom,
    ],
    write: [p.searchGap],
    writeAttributes: ['PK', 'SK', 'socialSpaceId', 'theme', 'targetGroup', 'ageBand', 'count', '_type'],
    snapshots: [p.catalogue],
  },
  // Residents' ideas and survey answers: the record and an idea's contact item (27), the used challenges and "me too" votes (5),
  // the day's submissions per client (28); needs on take-up; the boundaries to place a point.
  participation: {
    read: [...['idea', 'need', 'measure', 'workPlan', 'survey', 'surveyResponse', 'signUp', 'activity', 'centre', 'socialSpace', 'quarter', 'room', 'roomBooking'].map((t) => p.entity(t as EntityType)), p.unique('idea'), p.unique('signUp'), p.unique('workPlan'), p.unique('roomBooking'), p.ideaContact, p.boundaryVersion, p.boundaryShape, p.roomDay, p.inRoom, ...IDEMPOTENT],
    // An activity's places (`signedUp`) and its participants from attendance change with its sign-ups;
    // a room's day locks (35) change only with the booking whose occurrences they hold.
    write: [...writes(['idea', 'need', 'measure', 'survey', 'surveyResponse', 'signUp', 'activity', 'room', 'roomBooking']), p.unique('challenge'), p.unique('meToo'), p.ideaContact, p.subject, p.rateLimit, p.roomDay, ...IDEMPOTENT],
  },
  // …and data-subject requests (GDPR): the records holding a person's e-mail or phone (30), read and
  // erased through the repository (their audit trails redacted), ideas' contact items (27), and the
  // catalogue's snapshot dropped after an erasure (25, 26).
  system: {
    read: [p.audit('*'), p.searchGap, p.subject, p.ideaContact, p.backfill, p.catalogue, p.importRows, ...[...SUBJECT, 'idea', 'activity'].map((t) => p.entity(t as EntityType))],
    write: [...writes([...SUBJECT.filter((t) => t !== 'user'), 'idea']), p.subject, p.ideaContact, p.catalogue, p.report, p.importRows, p.audit('dataSubjectRequest')],
  },
  // The schedule runs the metric job before the report…
  // …and the retention of residents' contact data (27, with the idea's audited update; sign-ups' and
  // room bookings' contacts by their own audited update),
  // …and the personal reports and reminder digests, each claimed once (pattern 17), as is each
  // month's metric run that the hourly catch-up makes up for (functions/reports/catchUp.ts), and
  // each council's district report (councilReports.ts: offers and meetings of a space, 20).
  reports: {
    read: [...ALL_TYPES.map(p.entity), p.report, p.delivery, p.unique('measurement'), ...METRIC_READS, p.inSpace('offer'), p.backfill],
    write: [...writes(['idea', 'signUp', 'roomBooking']), p.ideaContact, p.subject, p.report, p.audit('report'), p.delivery, p.audit('delivery'), p.audit('metricRun'), p.audit('reportCatchUp'), ...writes(['reportSettings', 'measurement']), ...BY_SPACE.map(p.inSpace), ...sortedCounts(SORTED), p.backfill, p.audit('backfill')],
    // The hourly backfill (shared/db/backfill.ts) puts a record's copies (20) and subject items (30)
    // only at the version it read, an idea contact's subject items only while it exists.
    check: [...new Set([...BY_SPACE, ...SUBJECT].map(p.entity))],
    orderKeys: SORTED.map(p.entity),
  },
  authorizer: { read: [p.userBySub, p.entity('user'), p.apiKeyHash, p.entity('apiKey')], write: [p.entity('apiKey')], writeAttributes: ['PK', 'SK', 'lastUsedAt'] },
};

/** The groups whose routes the import replays its rows through (functions/imports/replay.ts). */
const IMPORTED_THROUGH = ['offers', 'organisations', 'spatial', 'networks', 'planning', 'indicators'] as const;
/** The types the import writes, whose guards (5) it reads to find a row's record by external id or natural key. */
export const IMPORTED_TYPES: EntityType[] = ['offer', 'organisation', 'centre', 'network', 'areaFigure', 'measurement'];
const union = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

export const TABLE_ACCESS: Record<FunctionGroup | 'authorizer', Access> = {
  ...GROUP_ACCESS,
  // The import writes each row through the route that writes such records, in its own process: it
  // needs what those functions need, and its jobs with their rows (31).
  imports: {
    read: union([...IMPORTED_THROUGH.map((g) => GROUP_ACCESS[g].read), IMPORTED_TYPES.map(p.unique), [p.entity('importJob'), p.importRows, p.entity('user')]]),
    write: union([...IMPORTED_THROUGH.map((g) => GROUP_ACCESS[g].write), writes(['importJob']), [p.importRows]]),
  },
};

export function tableStatements(access: Access, tableArn: string, indexArns: string[]): iam.PolicyStatement[] {
  const leading = (patterns: string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...new Set(patterns)] } });
  const out = [
    new iam.PolicyStatement({ actions: READ_ITEMS, resources: [tableArn], conditions: leading(access.read) }),
    new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }),
    new iam.PolicyStatement({ actions: ['dynamodb:DescribeTable'], resources: [tableArn] }),
  ];
  if (access.write && access.writeAttributes)
    out.push(
      new iam.PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [tableArn],
        conditions: {
          ...leading(access.write),
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': access.writeAttributes },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE', 'UPDATED_NEW'] },
        },
      }),
    );
  else if (access.write) out.push(new iam.PolicyStatement({ actions: WRITE_ITEMS, resources: [tableArn], conditions: leading(access.write) }));
  if (access.check) out.push(new iam.PolicyStatement({ actions: ['dynamodb:ConditionCheckItem'], resources: [tableArn], conditions: leading(access.check) }));
  if (access.orderKeys)
    out.push(
      new iam.PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [tableArn],
        conditions: { ...leading(access.orderKeys), 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['PK', 'SK', 'GSI3PK', 'GSI3SK', 'version'] } },
      }),
    );
  if (access.snapshots) out.push(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [tableArn], conditions: leading(access.snapshots) }));
  return out;
}
