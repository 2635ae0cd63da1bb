/**
 * The key module: the only place that builds partition and sort keys.
 *
 * Access patterns (no request path uses Scan). Every partition key, of the table and of each GSI, is
 * led by the tenant: `<tenant>|` precedes each PK below (`hamm|offer#01J…`, `hamm|audit@2026-12`);
 * sort keys are not prefixed. The tenant comes from the work's scope (shared/tenancy/scope.ts), never
 * from an argument, so no caller can build a key of another tenant. Only the operator's items (P1–P3)
 * live under `platform|`, which is no tenant's id.
 *
 * | #  | pattern                                   | index | PK                               | SK                          |
 * |----|-------------------------------------------|-------|----------------------------------|-----------------------------|
 * | 1  | get entity by id                          | table | `<type>#<id>`                    | `#`                         |
 * | 2  | list a collection (all entities of a type)| GSI1  | `<type>`                         | `<id>`                      |
 * | 3  | list children of a parent (`byParent`)    | GSI2  | `<parentType>#<parentId>`        | `<type>#<id>`               |
 * | 4  | records of one period (`byPeriod`)        | GSI3  | `<type>@<period>`                | `<indicatorId>#<socialSpaceId>` |
 * | 5  | unique natural key (guard item)           | table | `unique#<type>#<field=value,...>`| `#`                         |
 * | 6  | audit trail of one entity                 | table | `audit#<type>#<id>`              | `<at>#<auditId>`            |
 * | 7  | audit entries of one month                | GSI1  | `audit@<yyyy-mm>`                | `<at>#<auditId>`            |
 * | 8  | audit entries of one actor                | GSI2  | `actor#<actor>`                  | `<at>#<auditId>`            |
 * | 9  | API key by secret hash                    | table | `apikeyhash#<sha256>`            | `#`                         |
 * | 10 | idempotency record (Powertools, TTL)      | table | `idempotency`                    | `<fn>#<hash>`               |
 * | 11 | monthly report by month                   | table | `report#<yyyy-mm>`               | `#`                         |
 * | 12 | all monthly reports                       | GSI1  | `report`                         | `<yyyy-mm>`                 |
 * | 13 | user by Cognito `sub` (the sign-in lookup)| table | `unique#user#sub=<sub>`          | `#`                         |
 * | 14 | records of one social space and month     | table | `<type>@<socialSpaceId>@<yyyy-mm>` | `<date>#<id>`             |
 * | 15 | open agreements by due date               | GSI1  | `agreement@open`                 | `<due>#<meetingId>#<agreementId>` |
 * | 16 | public searches without result, by month  | table | `searchgap@<yyyy-mm>`            | `<space>#<theme>#<group>#<ageBand>#<lang>` |
 * | 17 | one delivery of a personal report or reminder digest, or a month's metric run | table | `delivery#<kind>#<yyyy-mm>` | `<recipient>` (`job` for kind `metrics`) |
 * | 18 | boundary versions of one level, newest first | table | `boundaryset@<level>`        | `<validFrom>#<versionId>`   |
 * | 19 | the area shapes of one boundary version   | table | `boundary@<versionId>`           | `<areaId>`                  |
 * | 20 | records of one social space (`bySpace`)   | table | `inspace#<type>#<socialSpaceId>` | `<id>`                      |
 * | 21 | a finished backfill of a pattern and type | table | `backfill#<pattern>#<type>`      | `#`                         |
 * | 22 | the day the demo data was laid out around | table | `seed#anchor`                    | `#`                         |
 * | 23 | a collection in its list's order (`sortedBy`) | GSI3 | `sorted#<type>`                | `<order key>#<id>`          |
 * | 24 | how many records pattern 23 holds (counter) | table | `count#sorted#<type>`          | `#`                         |
 * | 25 | the public catalogue's current snapshot   | table | `catalogue`                      | `#`                         |
 * | 26 | the parts of one catalogue snapshot       | table | `catalogue#<build>`              | `<part, 3 digits>`          |
 * | 27 | how to contact the sender of an idea      | table | `contact#idea#<ideaId>`          | `#`                         |
 * | 28 | public submissions of one client and day  | table | `ratelimit#<yyyy-mm-dd>`         | `<salted hash of the address>` |
 * | 29 | characters sent to machine translation in a month (counter) | table | `translatechars#<yyyy-mm>` | `#`              |
 * | 30 | records holding one person's e-mail or phone | table | `subject#<sha256 of the normalised value>` | `<type>#<id>` |
 * | 31 | the rows of one import job, in parts      | table | `importrows#<jobId>`             | `<part, 4 digits>`          |
 * | 32 | contact persons who consented, by social space | table | `publiccontact`            | `<socialSpaceId>#<userId>`  |
 * | 33 | address directory versions, newest first  | table | `addressset`                     | `<versionId>`               |
 * | 34 | the houses of one street in one address directory version | table | `address@<versionId>` | `<street key>`     |
 * | 35 | the approved times of one room, by Berlin day (lock items) | table | `roomday#<roomId>`  | `<yyyy-mm-dd>`              |
 * | 36 | offers and meetings that use one room (`byRoom`) | table | `inroom#<roomId>`        | `<type>#<id>`               |
 *
 * | P1 | one tenant's registry entry              | table | `platform|tenant`                | `<tenantId>`                |
 * | P2 | all tenants (the scheduled jobs' round)   | table | `platform|tenant`                | —                           |
 * | P3 | a finished migration of the whole table   | table | `platform|migration#<name>`      | `#`                         |
 * | P4 | an operator by Cognito sub                | table | `platform|operator#<sub>`        | `#`                         |
 * | P5 | every tenant's use in one month           | table | `platform|usage#<yyyy-mm>`       | `<tenantId>`                |
 *
 * Pattern 17 holds the exactly-once claim of one e-mail per recipient and period (recipients are
 * `user:<id>`, `org:<id>` or `contact:<hash>`, never an address); the period is a day where the
 * e-mail is per day: a sign-up's reminder (`signup:<id>`), a council's district report for its
 * session (kind `council-report`, the session's day, `council:<id>`). A used "still current" link is a
 * guard item (5) of type `offerLink`, keyed by the link's nonce, and expires by TTL.
 * A partner's create under an `Idempotency-Key` writes a guard item (5) of type `idempotentCreate`
 * naming the record it made (functions/http/createdOnce.ts), so a re-run after a lost answer makes
 * no second record; it expires by TTL with Powertools' record (10).
 *
 * Patterns 18 and 19 hold area boundaries: one item per area and version, its GeoJSON geometry
 * gzip-compressed (a shape of several MB of GeoJSON fits the 400 KB item limit); the version item
 * (18) is written last, with the audit entry, so a half-written import is never read.
 *
 * Pattern 20 lists a social space's offers, networks or meetings without reading the collection:
 * one projection item per record and space it serves. Records written before the pattern existed
 * get theirs from a backfill (shared/db/backfill.ts); its marker (21) is written when it is done,
 * and until then lists read the collection, so a list never misses a record.
 *
 * Patterns 14, 15 and 20 are read from projection items: copies of a record (14) or of one agreement
 * (15) written, replaced and removed in the record's own transaction (`projectionItems`). A meeting
 * serving three social spaces is copied into three partitions, so the metric job reads only the
 * partitions of the spaces and months it computes. An agreement without a due date sorts last (`~`).
 *
 * Pattern 23 orders offers by title, organisations by name, meetings and activities by date, as
 * their admin lists are sorted, so the unfiltered list reads one page (forwards or backwards) and
 * counts the rest server-side instead of reading every record. It uses GSI3, which only types
 * without `byPeriod` (4) may. The order key folds case, accents and ß and pads digit runs, so it
 * orders as the lists' German collator does; records written before the pattern get their key from
 * a backfill, marked like pattern 20's. Its size (24) is a counter changed in the same transaction
 * as each record that gains or loses the key (create, delete, the backfill, an update of a record
 * the backfill has not reached), so a page's total is one read, not a count of the index.
 *
 * Patterns 25 and 26 hold the public catalogue's snapshot (shared/db/catalogueStore.ts): the
 * records residents see, gzip-compressed in parts of at most 350 KB, and the instant up to which
 * changes are in it; the public function reads it and the audit entries of the month since (7)
 * instead of every offer. The head (25) names its build, so a reader never mixes two builds.
 *
 * Pattern 27 keeps a resident's contact data apart from their idea, so that no list, export or
 * audit entry of ideas can carry it; it is deleted with its own audit entry (by the resident's link,
 * or 90 days after the idea is closed). Pattern 28 counts a client's public submissions per day
 * (TTL two days): the client is a salted hash of its address, the salt changes daily and is never
 * stored, so the count links nobody. Used proof-of-work challenges and "me too" votes are guard
 * items (5) of types `challenge` (TTL) and `meToo` (one per device hash and idea).
 *
 * Pattern 30 finds every record holding one person's e-mail address or phone number, for the GDPR's
 * access, rectification and erasure requests (functions/system/dataSubjects.ts), without reading any
 * collection: one projection item per record and value, under the SHA-256 of the value's normal form
 * (shared/domain/subjects.ts), derived from the fields the registry names (`subjectFields`) by
 * `projectionItems`, so the repository puts and deletes it in the record's own transaction like 14,
 * 15 and 20. The item names the record and the fields, never the value. An idea's contact item (27)
 * has its subject item written and removed in its own transactions (shared/db/ideaStore.ts); records
 * older than the pattern get theirs from the backfill (marker 21, `backfill#subject#<type>`).
 *
 * Pattern 31 holds an import job's rows in gzip parts (shared/db/importStore.ts), written before the
 * job record, so a job is never read without its rows; a run replaces a part with its rows' outcomes.
 *
 * Pattern 32 is what the public may know of a staff member: one projection item per social space
 * they are a contact person in (neighbourhood management, coordination, prevention), carrying their
 * name, role there and public contact data, never their record. It exists only while their consent
 * is recorded and they are active: `projectionItems` writes and removes it in the user's own
 * transaction, so the public function reads this partition and never a user (a withdrawn consent, a
 * removed assignment or a deleted user leaves it with the same write).
 *
 * Patterns 33 and 34 are the address directory (shared/db/addressStore.ts): the official house
 * coordinates, one item per street and version holding its house numbers and points (gzip), keyed by
 * the street's folded name (shared/domain/streets.ts `streetKey`), so finding an address is one read
 * of the newest version (33) and one of its street (34). As with 18 and 19, the version item is
 * written last, with its audit entry.
 *
 * Pattern 35 keeps rooms from being double-booked (issue 34): one lock item per room and Berlin day
 * holding that day's approved occurrences with their buffers and a version. Approving writes the day's
 * item in the booking's own transaction, conditional on the version read (or on its absence), after
 * checking the new times against what it read; of two approvals that overlap, the second finds the
 * version moved, reads again and sees the overlap (shared/db/roomDayStore.ts: the budget counter's
 * technique). One partition per room, sorted by day, so a room's eight weeks are one Query.
 *
 * Pattern 36 is the centre's own use of a room: offers and meetings naming a `roomId` are copied into
 * the room's partition (`projectionItems`, in the record's own transaction, like 20), so availability
 * reads one partition instead of every offer. There were no such records before the pattern: no backfill.
 *
 * Parents (pattern 3): quarter→socialSpace, planningArea→socialSpace, centre→socialSpace, offer→organisation,
 * indicator→goal, target→indicator, measurement→indicator, apiKey→organisation, meeting→network,
 * activity→socialSpace, room→centre, roomBooking→centre.
 */
import type { EntityDef, Item } from '../entities.ts';
import { subjectsOf } from '../domain/subjects.ts';
import { CONTACT_ROLES } from '../schemas/values.ts';
import { currentTenant } from '../tenancy/scope.ts';
import { PLATFORM, TENANT_SEPARATOR } from '../tenancy/tenant.ts';

export const META_SK = '#';

/**
 * A partition key value of the current tenant: `<tenant>|<logical key>`. Every PK and GSI PK below
 * is built through it, so a key can only ever name the tenant of the work in scope.
 */
function t(strings: TemplateStringsArray, ...values: unknown[]): string {
  return `${currentTenant()}${TENANT_SEPARATOR}${String.raw({ raw: strings }, ...values)}`;
}

/** A partition key value of the operator's own items, outside every tenant. */
const platformKey = (logical: string) => `${PLATFORM}${TENANT_SEPARATOR}${logical}`;

/**
 * The operator's items (patterns P1–P5): the tenant registry, the migration marker, operators and
 * usage. Only the platform store (shared/db/platformStore.ts) reads them, with the function's own
 * credentials.
 */
export const platformKeys = {
  /** P1: one tenant's registry entry; P2: all of them, in one partition (a few hundred items). */
  tenant: (id?: string) => ({ PK: platformKey('tenant'), SK: id ?? '' }),
  /** P3: a finished one-time migration of the whole table. */
  migration: (name: string) => ({ PK: platformKey(`migration#${name}`), SK: META_SK }),
  /** P4: an operator's account, by its Cognito `sub` (operators belong to no tenant). */
  operator: (sub: string) => ({ PK: platformKey(`operator#${sub}`), SK: META_SK }),
  /** P5: each tenant's use in one month (counters and the daily census), one item per tenant. */
  usage: (month: string, tenant?: string) => ({ PK: platformKey(`usage#${month}`), SK: tenant ?? '' }),
};

export type KeyAttrs = {
  PK: string;
  SK: string;
  GSI1PK?: string;
  GSI1SK?: string;
  GSI2PK?: string;
  GSI2SK?: string;
  GSI3PK?: string;
  GSI3SK?: string;
};

export const keys = {
  /** Pattern 1. */
  entity: (type: string, id: string) => ({ PK: t`${type}#${id}`, SK: META_SK }),
  /** Pattern 2. */
  collection: (type: string, id?: string) => ({ GSI1PK: t`${type}`, GSI1SK: id ?? '' }),
  /** Pattern 3. */
  child: (parentType: string, parentId: string, type?: string, id?: string) => ({
    GSI2PK: t`${parentType}#${parentId}`,
    GSI2SK: type ? `${type}#${id ?? ''}` : '',
  }),
  /** Pattern 4: records of one period (measurements), sorted by the fields the entity names. */
  period: (type: string, period: string, sortKey = '') => ({ GSI3PK: t`${type}@${period}`, GSI3SK: sortKey }),
  /** Pattern 5: one guard item per natural key, written in the entity's transaction. */
  unique: (type: string, values: Record<string, unknown>) => ({
    PK: t`unique#${type}#${Object.entries(values)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',')}`,
    SK: META_SK,
  }),
  /** Patterns 6, 7, 8. */
  audit: (entityType: string, entityId: string, at: string, auditId: string, actor: string) => ({
    PK: t`audit#${entityType}#${entityId}`,
    SK: `${at}#${auditId}`,
    GSI1PK: t`audit@${at.slice(0, 7)}`,
    GSI1SK: `${at}#${auditId}`,
    GSI2PK: t`actor#${actor}`,
    GSI2SK: `${at}#${auditId}`,
  }),
  auditOfEntity: (entityType: string, entityId: string) => ({ PK: t`audit#${entityType}#${entityId}` }),
  auditOfMonth: (month: string) => ({ GSI1PK: t`audit@${month}` }),
  auditOfActor: (actor: string) => ({ GSI2PK: t`actor#${actor}` }),
  /** Pattern 13: the guard item of the user's `sub` (pattern 5); the authorizer's only way to a user. */
  userBySub: (sub: string): { PK: string; SK: string } => keys.unique('user', { sub }),
  /** Pattern 9. */
  apiKeyHash: (hash: string) => ({ PK: t`apikeyhash#${hash}`, SK: META_SK }),
  /** Pattern 10: Powertools builds the PK value itself; we only fix the attribute names. */
  idempotencyAttributes: { keyAttr: 'PK', sortKeyAttr: 'SK', expiryAttr: 'ttl' },
  /** The current tenant's idempotency partition (Powertools' static PK value). */
  idempotencyPartition: () => t`idempotency`,
  /** Pattern 14: one social space's records of one month (projection items). */
  spaceMonth: (type: string, socialSpaceId: string, month: string, date?: string, id?: string) => ({
    PK: t`${type}@${socialSpaceId}@${month}`,
    SK: date ? `${date}#${id ?? ''}` : '',
  }),
  /** Pattern 20: a record's copy in one social space it serves (projection item). */
  inSpace: (type: string, socialSpaceId: string, id?: string) => ({ PK: t`inspace#${type}#${socialSpaceId}`, SK: id ?? '' }),
  /** Pattern 23: a record's place in its collection's list order (GSI3). */
  sorted: (type: string, order?: string, id?: string) => ({ GSI3PK: t`sorted#${type}`, GSI3SK: order === undefined ? '' : `${order}#${id ?? ''}` }),
  /** Pattern 24: how many records carry their pattern-23 key. */
  sortedCount: (type: string) => ({ PK: t`count#sorted#${type}`, SK: META_SK }),
  /** Pattern 25: the head of the public catalogue's snapshot (which build, up to when). */
  catalogue: () => ({ PK: t`catalogue`, SK: META_SK }),
  /** Pattern 26: one part of a catalogue build. */
  cataloguePart: (build: string, part?: number) => ({ PK: t`catalogue#${build}`, SK: part === undefined ? '' : String(part).padStart(3, '0') }),
  /** Pattern 21: the marker of a finished backfill of one pattern's projection items for one type. */
  backfill: (pattern: string, type: string) => ({ PK: t`backfill#${pattern}#${type}`, SK: META_SK }),
  /** Pattern 22: the day the demo data was first laid out around (local and test tables only). */
  seedAnchor: () => ({ PK: t`seed#anchor`, SK: META_SK }),
  /** Pattern 15: one open agreement of a meeting (projection item), indexed by due date. */
  openAgreement: (meetingId: string, agreementId: string, due?: string) => ({
    PK: t`agreement#${meetingId}`,
    SK: agreementId,
    GSI1PK: t`agreement@open`,
    GSI1SK: `${due ?? '~'}#${meetingId}#${agreementId}`,
  }),
  /** Pattern 16: a counter of public searches that found nothing, by the filter values and the language searched in only (German counters from before languages have no suffix). */
  searchGap: (month: string, dims?: { socialSpaceId: string; theme: string; targetGroup: string; ageBand: string; language: string }) => ({
    PK: t`searchgap@${month}`,
    SK: dims ? [dims.socialSpaceId, dims.theme, dims.targetGroup, dims.ageBand, dims.language].join('#') : '',
  }),
  /** Pattern 17: the delivery of one personal report or reminder digest to one recipient for one period; kind `metrics`, recipient `job`: a month's metric run (catch-up). */
  delivery: (kind: string, period: string, recipient: string) => ({ PK: t`delivery#${kind}#${period}`, SK: recipient }),
  /** Pattern 18: one imported version of a level's boundaries. */
  boundaryVersion: (level: string, validFrom?: string, versionId?: string) => ({ PK: t`boundaryset@${level}`, SK: validFrom ? `${validFrom}#${versionId ?? ''}` : '' }),
  /** Pattern 19: one area's shape in one boundary version. */
  boundaryShape: (versionId: string, areaId?: string) => ({ PK: t`boundary@${versionId}`, SK: areaId ?? '' }),
  /** Pattern 33: one imported version of the address directory (ULIDs sort by import time). */
  addressVersion: (versionId?: string) => ({ PK: t`addressset`, SK: versionId ?? '' }),
  /** Pattern 34: the houses of one street (by its `streetKey`) in one address directory version. */
  addressStreet: (versionId: string, street?: string) => ({ PK: t`address@${versionId}`, SK: street ?? '' }),
  /** Pattern 27: the contact data of an idea's sender. */
  ideaContact: (ideaId: string) => ({ PK: t`contact#idea#${ideaId}`, SK: META_SK }),
  /** Pattern 28: one client's public submissions of one day. */
  rateLimit: (day: string, client: string) => ({ PK: t`ratelimit#${day}`, SK: client }),
  /** Pattern 29: the characters sent to Amazon Translate in one month, held under the month's limit. */
  translateBudget: (month: string) => ({ PK: t`translatechars#${month}`, SK: '#' }),
  /** Pattern 30: the records holding one person's e-mail or phone (projection items, by the value's hash). */
  subject: (hash: string, type?: string, id?: string) => ({ PK: t`subject#${hash}`, SK: type ? `${type}#${id ?? ''}` : '' }),
  /** Pattern 31: one part of an import job's rows (gzip-compressed JSON with each row's preview and outcome). */
  importRows: (jobId: string, part?: number) => ({ PK: t`importrows#${jobId}`, SK: part === undefined ? '' : String(part).padStart(4, '0') }),
  /** Pattern 35: the lock item of one room and Berlin day (all of the room's days: no day). */
  roomDay: (roomId: string, day?: string) => ({ PK: t`roomday#${roomId}`, SK: day ?? '' }),
  /** Pattern 36: an offer's or meeting's copy in the partition of the room it uses (projection item). */
  inRoom: (roomId: string, type?: string, id?: string) => ({ PK: t`inroom#${roomId}`, SK: type ? `${type}#${id ?? ''}` : '' }),
  /** Pattern 11. */
  report: (month: string) => ({ PK: t`report#${month}`, SK: META_SK }),
  /** Pattern 32: a consenting contact person in one social space (all of them: no arguments). */
  publicContact: (socialSpaceId?: string, userId?: string) => ({ PK: t`publiccontact`, SK: socialSpaceId ? `${socialSpaceId}#${userId ?? ''}` : '' }),
  /** Pattern 12. */
  reportCollection: (month?: string) => ({ GSI1PK: t`report`, GSI1SK: month ?? '' }),
};

/**
 * Partition-key patterns for IAM `dynamodb:LeadingKeys` (infra/stacks/tableAccess.ts), written
 * beside the keys they match so the two cannot drift apart.
 */
export const partitionPatterns = {
  entity: (type: string) => `${type}#*`,
  audit: (type: string) => `audit#${type}#*`,
  unique: (type: string) => `unique#${type}#*`,
  userBySub: 'unique#user#sub=*',
  apiKeyHash: 'apikeyhash#*',
  idempotency: 'idempotency',
  report: 'report#*',
  delivery: 'delivery#*',
  boundaryVersion: 'boundaryset@*',
  boundaryShape: 'boundary@*',
  spaceMonth: (type: string) => `${type}@*`,
  inSpace: (type: string) => `inspace#${type}#*`,
  backfill: 'backfill#*',
  sortedCount: (type: string) => `count#sorted#${type}`,
  catalogue: 'catalogue*',
  agreement: 'agreement#*',
  searchGap: 'searchgap@*',
  ideaContact: 'contact#idea#*',
  rateLimit: 'ratelimit#*',
  translateBudget: 'translatechars#*',
  importRows: 'importrows#*',
  subject: 'subject#*',
  publicContact: 'publiccontact',
  addressVersion: 'addressset',
  addressStreet: 'address@*',
  roomDay: 'roomday#*',
  inRoom: 'inroom#*',
} as const;

/** Attributes that belong to storage, never to the API. */
export const INTERNAL_ATTRIBUTES = [
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  '_type',
  '_of',
  'refCount',
  'ttl',
] as const;

/**
 * Every key attribute an entity item carries, from the access patterns its definition names:
 * its own key (1), its collection (2), its parent partition (`byParent`, 3) and its period
 * partition (`byPeriod`, 4).
 */
export function itemKeys(def: Pick<EntityDef, 'type' | 'refs' | 'patterns'>, entity: Item): KeyAttrs {
  const { type, patterns } = def;
  const k: KeyAttrs = { ...keys.entity(type, entity.id), ...keys.collection(type, entity.id) };
  if (patterns.byParent && entity[patterns.byParent]) Object.assign(k, keys.child(def.refs[patterns.byParent], entity[patterns.byParent], type, entity.id));
  if (patterns.byPeriod) Object.assign(k, keys.period(type, entity[patterns.byPeriod.field], patterns.byPeriod.sortBy.map((f) => entity[f]).join('#')));
  // Pattern 23 shares GSI3 with pattern 4; the registry never names both for one type (tests/unit/keys).
  else if (patterns.sortedBy) Object.assign(k, keys.sorted(type, orderKey(entity[patterns.sortedBy]), entity.id));
  return k;
}

/**
 * A sort key that orders, compared as bytes, as the admin lists' German collator does (case and
 * accents ignored, ä as a, ß as ss, digit runs by their value: "Kurs 2" before "Kurs 10").
 * Capped in length: two titles alike for 200 characters fall back to their ids.
 */
export function orderKey(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'))
    .slice(0, 200);
}

/** A derived item (patterns 14, 15, 20, 30): its keys, and what it carries. */
export type Projection = KeyAttrs & Item;

/**
 * The projection items of a record, from the patterns its definition names. The repository puts
 * them with the record and deletes those a change leaves behind, in the same transaction.
 */
export function projectionItems(def: Pick<EntityDef, 'type' | 'patterns' | 'subjectFields'>, entity: Item): Projection[] {
  const out: Projection[] = [];
  const spaceMonth = def.patterns.bySpaceMonth;
  const spaces: string[] = Array.isArray(entity.socialSpaceIds) ? entity.socialSpaceIds : entity.socialSpaceId ? [entity.socialSpaceId] : [];
  if (def.patterns.bySpace) for (const space of spaces) out.push({ ...entity, ...keys.inSpace(def.type, space, entity.id), _type: 'projection', _of: def.type });
  if (spaceMonth && typeof entity[spaceMonth.dateField] === 'string') {
    const date: string = entity[spaceMonth.dateField];
    for (const space of spaces) out.push({ ...entity, ...keys.spaceMonth(def.type, space, date.slice(0, 7), date, entity.id), _type: 'projection', _of: def.type });
  }
  // Only when the room is in use, never the record's texts or contacts: the public function reads these.
  if (def.patterns.byRoom && typeof entity.roomId === 'string')
    out.push({ ...pick(entity, ROOM_USE_FIELDS), ...keys.inRoom(entity.roomId, def.type, entity.id), _type: 'projection', _of: def.type });
  if (def.patterns.openAgreements)
    for (const a of entity.agreements ?? [])
      if (a.status === 'open' && a.id)
        out.push({
          ...a,
          meetingId: entity.id,
          networkId: entity.networkId,
          meetingDate: entity.date,
          socialSpaceIds: entity.socialSpaceIds ?? [],
          ...keys.openAgreement(entity.id, a.id, a.dueDate),
          _type: 'projection',
          _of: 'agreement',
        });
  if (def.patterns.publicContacts && entity.publicConsent && entity.active !== false) out.push(...publicContactItems(entity));
  out.push(...subjectItems(def.type, entity.id, def.subjectFields ? subjectsOf(entity, def.subjectFields) : new Map()));
  return out;
}

const ROOM_USE_FIELDS = ['id', 'roomId', 'centreId', 'status', 'schedules', 'validFrom', 'validUntil', 'date', 'startTime', 'endTime'];
const pick = (entity: Item, fields: string[]) => Object.fromEntries(fields.filter((f) => entity[f] !== undefined).map((f) => [f, entity[f]]));

/** Pattern 32: a consenting person's public face in each social space of their contact roles (the first role there). */
function publicContactItems(user: Item): Projection[] {
  const roleIn = new Map<string, string>();
  for (const a of user.assignments ?? [])
    if ((CONTACT_ROLES as readonly string[]).includes(a.role)) for (const space of a.socialSpaceIds ?? []) if (!roleIn.has(space)) roleIn.set(space, a.role);
  return [...roleIn].map(([space, role]) => ({
    ...keys.publicContact(space, user.id),
    userId: user.id,
    socialSpaceId: space,
    name: user.name,
    role,
    contact: user.publicContact ?? {},
    _type: 'projection',
    _of: 'publicContact',
  }));
}

/**
 * Pattern 30: one item per person's value a record (or an idea's contact item, type `ideaContact`)
 * holds, naming the record and the fields that hold it, never the value.
 */
export function subjectItems(type: string, id: string, found: ReturnType<typeof subjectsOf>): Projection[] {
  return [...found].map(([hash, { subject, fields }]) => ({
    ...keys.subject(hash, type, id),
    id: `${type}#${id}`,
    entityType: type,
    entityId: id,
    kind: subject.kind,
    fields,
    _type: 'projection',
    _of: 'subject',
  }));
}
