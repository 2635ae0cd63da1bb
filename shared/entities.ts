/**
 * The entity registry: for each entity type, its API resource name, references
 * (checked and counted in the write transaction, so nothing referenced can be deleted),
 * its parent for pattern 3, natural keys, and the fields free-text search looks at.
 */
import type * as z from 'zod';
import type { activity } from './schemas/activity.ts';
import type { areaFigure } from './schemas/areaFigure.ts';
import type { contribution } from './schemas/contribution.ts';
import type { budgetLine, expense } from './schemas/budget.ts';
import type { need } from './schemas/need.ts';
import type { idea } from './schemas/idea.ts';
import type { importJob } from './schemas/importJob.ts';
import type { survey, surveyResponse } from './schemas/survey.ts';
import type { signUp } from './schemas/signUp.ts';
import type { measure, workPlan } from './schemas/workPlan.ts';
import type { apiKey } from './schemas/apiKey.ts';
import type { centre } from './schemas/centre.ts';
import type { district } from './schemas/district.ts';
import type { goal } from './schemas/goal.ts';
import type { indicator } from './schemas/indicator.ts';
import type { measurement } from './schemas/measurement.ts';
import type { meeting } from './schemas/meeting.ts';
import type { network } from './schemas/network.ts';
import type { offer } from './schemas/offer.ts';
import type { organisation } from './schemas/organisation.ts';
import type { quarter } from './schemas/quarter.ts';
import type { planningArea } from './schemas/planningArea.ts';
import type { reportSettings } from './schemas/reportSettings.ts';
import type { socialSpace } from './schemas/socialSpace.ts';
import type { target } from './schemas/target.ts';
import type { user } from './schemas/user.ts';
import type { areaProfile } from './schemas/areaProfile.ts';
import type { indicatorPublication } from './schemas/indicatorPublication.ts';
import type { council } from './schemas/council.ts';
import type { room } from './schemas/room.ts';
import type { roomBooking } from './schemas/roomBooking.ts';

export type EntityType =
  | 'district'
  | 'socialSpace'
  | 'quarter'
  | 'planningArea'
  | 'centre'
  | 'organisation'
  | 'user'
  | 'offer'
  | 'goal'
  | 'indicator'
  | 'target'
  | 'measurement'
  | 'apiKey'
  | 'reportSettings'
  | 'network'
  | 'meeting'
  | 'activity'
  | 'need'
  | 'workPlan'
  | 'measure'
  | 'budgetLine'
  | 'expense'
  | 'areaFigure'
  | 'contribution'
  | 'idea'
  | 'survey'
  | 'surveyResponse'
  | 'signUp'
  | 'importJob'
  | 'areaProfile'
  | 'indicatorPublication'
  | 'council'
  | 'room'
  | 'roomBooking';

/** A record as the repository returns it (entity types narrow it, e.g. `EntityDef<Offer>`). */
export type Item = Record<string, any>;

export interface EntityDef<T = Item> {
  /** Never set: carries the entity's type, so `repo.get(entities.offer, id)` returns an `Offer`. */
  readonly __entity?: T;
  type: EntityType;
  /** Path segment under /v1 and react-admin resource name. */
  resource: string;
  /** field → referenced type. Array fields reference several. */
  refs: Record<string, EntityType>;
  /**
   * The access patterns this type is read by (shared/db/accessPatterns.ts), besides its id (1)
   * and its collection (2): `byParent` names the single-valued reference whose partition lists it
   * (3), `byPeriod` the field whose period partition holds it and the fields that sort it there (4).
   * `bySpaceMonth` copies the record into one partition per social space and month of its
   * `dateField` (14); `openAgreements` indexes a meeting's open agreements by due date (15);
   * `bySpace` copies it into one partition per social space it serves (20), for lists by space;
   * `sortedBy` orders the collection by the field its admin list is sorted by (23), so that list
   * reads one page instead of every record; `publicContacts` keeps a consenting person's public face
   * per social space (32), so the public never reads a user; `byRoom` copies when a record uses its
   * `roomId` into the room's partition (36), the centre's own use of the room.
   */
  patterns: { byParent?: string; byPeriod?: { field: string; sortBy: string[] }; bySpaceMonth?: { dateField: string }; openAgreements?: boolean; bySpace?: boolean; sortedBy?: string; publicContacts?: boolean; byRoom?: boolean };
  /**
   * The reference whose record the policy judges instead of this one (a meeting is in scope where
   * its network is): create, update and delete are authorised against the referenced record.
   */
  scopeFrom?: string;
  /** Personal data of people outside the administration: audit entries record that it changed, never the values. */
  personalFields?: string[];
  /**
   * The fields holding a person's e-mail address or phone number (paths: `contact.email`,
   * `contacts[].phone`, `extraRecipients[]`; a path ending in `phone` holds phone numbers, any other
   * e-mail addresses). The one source of the data-subject search: each value found there gets an
   * item of pattern 30 in the record's transaction.
   */
  subjectFields?: string[];
  /** Natural keys: each list of fields must be unique across the type. */
  unique: string[][];
  /** Fields that may never change after create (they form the natural key or the partition). */
  immutable: string[];
  /** Fields matched by the `q` free-text filter. */
  searchFields: string[];
  /** Upper bound of the collection size this design is sized for (documented, checked in bench). */
  sizeBound: number;
  /** Rules across fields or records that a schema cannot show (printed in the OpenAPI descriptions). */
  rules?: string[];
}

/**
 * The schemas of an entity (shared/schemas/<type>.ts): `input` for POST, `update` for PUT, `entity`
 * for answers, and the fields only the server writes. The registry names them by type only, so that
 * loading it builds no schema: a function imports the schemas of its own routes
 * (shared/contract/routes/<group>.ts), and `shared/schemas/index.ts` maps every type to its schemas.
 */
export interface EntitySchemas { input: z.ZodType; update: z.ZodType; entity: z.ZodType; serverOwned: string[] }

/** The record type an entity's schemas describe. */
type Of<S extends EntitySchemas> = z.output<S['entity']>;

/** Just an entity's type, for code that reads records by id and needs none of the schemas (the authorizer). */
export type EntityRef<T = Item> = Pick<EntityDef<T>, 'type' | '__entity'>;

const def = <T>(d: Partial<Omit<EntityDef, '__entity'>> & Pick<EntityDef, 'type' | 'resource'>): EntityDef<T> => ({
  patterns: {},
  refs: {},
  unique: [],
  immutable: [],
  searchFields: ['name'],
  sizeBound: 1000,
  ...d,
});

export const entities = {
  district: def<Of<typeof district>>({ type: 'district', resource: 'districts', sizeBound: 50 }),
  socialSpace: def<Of<typeof socialSpace>>({
    type: 'socialSpace',
    resource: 'social-spaces',
    refs: { districtIds: 'district' },
    sizeBound: 50,
  }),
  planningArea: def<Of<typeof planningArea>>({
    type: 'planningArea',
    resource: 'planning-areas',
    refs: { socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'socialSpaceId' },
    sizeBound: 200,
  }),
  quarter: def<Of<typeof quarter>>({
    type: 'quarter',
    resource: 'quarters',
    refs: { socialSpaceId: 'socialSpace', districtId: 'district', planningAreaId: 'planningArea' },
    patterns: { byParent: 'socialSpaceId' },
    sizeBound: 500,
    rules: ['`districtId` must be one of the districts of the quarter\'s social space.', '`planningAreaId`, if given, names a planning area of the quarter\'s social space.'],
  }),
  centre: def<Of<typeof centre>>({
    type: 'centre',
    unique: [['externalId']],
    resource: 'centres',
    refs: { socialSpaceId: 'socialSpace', quarterId: 'quarter' },
    patterns: { byParent: 'socialSpaceId' },
    personalFields: ['contact'],
    subjectFields: ['contact.email', 'contact.phone'],
    sizeBound: 500,
  }),
  organisation: def<Of<typeof organisation>>({
    type: 'organisation',
    unique: [['externalId']],
    resource: 'organisations',
    refs: { parentId: 'organisation' },
    patterns: { sortedBy: 'name' },
    personalFields: ['contact'],
    subjectFields: ['contact.email', 'contact.phone'],
    sizeBound: 2000,
  }),
  user: def<Of<typeof user>>({
    type: 'user',
    resource: 'users',
    // `sub` binds a Cognito account to exactly one User (the authorizer's only lookup).
    unique: [['email'], ['sub']],
    immutable: ['sub'],
    searchFields: ['name', 'email'],
    subjectFields: ['email', 'publicContact.email', 'publicContact.phone'],
    patterns: { publicContacts: true },
    sizeBound: 2000,
  }),
  offer: def<Of<typeof offer>>({
    type: 'offer',
    unique: [['externalId']],
    resource: 'offers',
    refs: { organisationId: 'organisation', socialSpaceIds: 'socialSpace', quarterIds: 'quarter', centreId: 'centre', roomId: 'room' },
    patterns: { byParent: 'organisationId', bySpace: true, sortedBy: 'title', byRoom: true },
    searchFields: ['title', 'description'],
    personalFields: ['contact'],
    subjectFields: ['contact.email', 'contact.phone'],
    sizeBound: 5000,
    rules: [
      '`maxAge` ≥ `minAge`; `validUntil` ≥ `validFrom`; no social space twice; in every schedule `closes` is after `opens`.',
      'Every quarter in `quarterIds` and the centre `centreId` lie in one of the offer\'s `socialSpaceIds`; a `roomId` is a room of that centre, and the offer\'s schedules occupy it.',
      '`reviewedAt` is server-owned: only POST /v1/offers/{id}/review sets it.',
    ],
  }),
  goal: def<Of<typeof goal>>({ type: 'goal', resource: 'goals', unique: [['number']], searchFields: ['title'], sizeBound: 20 }),
  indicator: def<Of<typeof indicator>>({
    type: 'indicator',
    resource: 'indicators',
    refs: { goalId: 'goal' },
    patterns: { byParent: 'goalId' },
    sizeBound: 200,
    rules: ['`maxValue` ≥ `minValue`.'],
  }),
  target: def<Of<typeof target>>({
    type: 'target',
    resource: 'targets',
    refs: { indicatorId: 'indicator', socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'indicatorId' },
    unique: [['indicatorId', 'socialSpaceId', 'year']],
    immutable: ['indicatorId'],
    rules: ['One target per indicator, social space and year (409); `indicatorId` cannot change.'],
    searchFields: [],
    sizeBound: 20000,
  }),
  measurement: def<Of<typeof measurement>>({
    type: 'measurement',
    resource: 'measurements',
    refs: { indicatorId: 'indicator', socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'indicatorId', byPeriod: { field: 'period', sortBy: ['indicatorId', 'socialSpaceId'] } },
    unique: [['indicatorId', 'socialSpaceId', 'period']],
    immutable: ['indicatorId'],
    searchFields: ['note'],
    sizeBound: 50000,
    rules: [
      '`period` matches the indicator\'s frequency: `2026-10` (monthly), `2026-Q3` (quarterly), `2026` (yearly).',
      '`value` lies within the indicator\'s `minValue` and `maxValue`; one measurement per indicator, social space and period (409).',
    ]
  }),
  apiKey: def<Of<typeof apiKey>>({
    type: 'apiKey',
    resource: 'api-keys',
    refs: { organisationId: 'organisation' },
    patterns: { byParent: 'organisationId' },
    immutable: ['organisationId'],
    sizeBound: 1000,
  }),
  reportSettings: def<Of<typeof reportSettings>>({ type: 'reportSettings', resource: 'report-settings', searchFields: [], sizeBound: 1, subjectFields: ['extraRecipients[]'] }),
  network: def<Of<typeof network>>({
    type: 'network',
    unique: [['externalId']],
    resource: 'networks',
    refs: { socialSpaceIds: 'socialSpace', leadUserId: 'user', memberOrganisationIds: 'organisation' },
    patterns: { bySpace: true },
    searchFields: ['name', 'description'],
    personalFields: ['contacts'],
    subjectFields: ['contacts[].email', 'contacts[].phone'],
    sizeBound: 500,
    rules: ['`endDate` ≥ `startDate`; no social space twice; a contact\'s e-mail or phone only with `consentNote`.'],
  }),
  meeting: def<Of<typeof meeting>>({
    type: 'meeting',
    resource: 'meetings',
    refs: { networkId: 'network', centreId: 'centre', organisationIds: 'organisation', roomId: 'room' },
    patterns: { byParent: 'networkId', bySpaceMonth: { dateField: 'date' }, openAgreements: true, bySpace: true, sortedBy: 'date', byRoom: true },
    immutable: ['networkId'],
    scopeFrom: 'networkId',
    searchFields: ['minutes', 'location'],
    sizeBound: 20000,
    rules: [
      '`socialSpaceIds` and `targetGroups` are the network\'s, set by the server; who may write a meeting is decided on its network.',
      '`residents` ≤ `attendees`; agreements get an `id` from the server when they have none.',
      'A `roomId` is a room of the meeting\'s centre; from `startTime` to `endTime` (two hours without one) the meeting occupies it.',
    ],
  }),
  activity: def<Of<typeof activity>>({
    type: 'activity',
    resource: 'activities',
    refs: { socialSpaceId: 'socialSpace', quarterIds: 'quarter', centreId: 'centre', organisationIds: 'organisation', offerId: 'offer' },
    patterns: { byParent: 'socialSpaceId', bySpaceMonth: { dateField: 'date' }, sortedBy: 'date' },
    searchFields: ['title', 'outcome'],
    sizeBound: 20000,
    rules: ['`endDate` ≥ `date`; quarters and the centre lie in the activity\'s social space.', 'A partner key records activities only with its own organisation among `organisationIds`.'],
  }),
  need: def<Of<typeof need>>({
    type: 'need',
    resource: 'needs',
    refs: { socialSpaceId: 'socialSpace', quarterIds: 'quarter', meetingId: 'meeting', activityId: 'activity' },
    patterns: { byParent: 'socialSpaceId' },
    searchFields: ['title', 'description'],
    sizeBound: 5000,
    rules: ['`maxAge` ≥ `minAge`; quarters lie in the need\'s social space.'],
  }),
  workPlan: def<Of<typeof workPlan>>({
    type: 'workPlan',
    resource: 'work-plans',
    refs: { socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'socialSpaceId' },
    unique: [['socialSpaceId', 'year']],
    immutable: ['socialSpaceId', 'year'],
    searchFields: ['summary'],
    sizeBound: 500,
    rules: [
      'One work plan per social space and year (409). `status`, `confirmations` and the reviews change only through the action routes; a plan is edited only while it is a draft (409).',
    ],
  }),
  measure: def<Of<typeof measure>>({
    type: 'measure',
    resource: 'measures',
    refs: { workPlanId: 'workPlan', needIds: 'need', goalIds: 'goal', indicatorIds: 'indicator', responsibleUserId: 'user', responsibleOrganisationId: 'organisation', budgetLineId: 'budgetLine' },
    patterns: { byParent: 'workPlanId' },
    immutable: ['workPlanId'],
    scopeFrom: 'workPlanId',
    searchFields: ['title', 'description'],
    sizeBound: 10000,
    rules: ['`socialSpaceId` is the work plan\'s, set by the server; who may write a measure is decided in the plan\'s social space, prevention coordination for measures whose target groups are all its own.'],
  }),
  budgetLine: def<Of<typeof budgetLine>>({
    type: 'budgetLine',
    resource: 'budget-lines',
    refs: { socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'socialSpaceId' },
    immutable: ['socialSpaceId', 'year'],
    searchFields: ['label'],
    sizeBound: 2000,
    rules: ['`spentCents` is the sum of the line\'s expenses, kept by the server; `plannedCents` never goes below it (409).'],
  }),
  expense: def<Of<typeof expense>>({
    type: 'expense',
    resource: 'expenses',
    refs: { budgetLineId: 'budgetLine', measureId: 'measure', activityId: 'activity' },
    patterns: { byParent: 'budgetLineId' },
    immutable: ['budgetLineId'],
    scopeFrom: 'budgetLineId',
    searchFields: ['purpose', 'receiptRef'],
    sizeBound: 50000,
    rules: ['The expenses of a line never sum above its `plannedCents`: checked in the write transaction against the line\'s counter (409 when it would).'],
  }),
  areaFigure: def<Of<typeof areaFigure>>({
    type: 'areaFigure',
    resource: 'area-figures',
    refs: { socialSpaceId: 'socialSpace' },
    patterns: { byParent: 'socialSpaceId' },
    unique: [['socialSpaceId', 'year', 'key']],
    searchFields: ['label', 'source'],
    sizeBound: 5000,
    rules: ['One figure per social space, year and key (409).'],
  }),
  contribution: def<Of<typeof contribution>>({
    type: 'contribution',
    resource: 'contributions',
    refs: { indicatorId: 'indicator', socialSpaceId: 'socialSpace', organisationId: 'organisation' },
    patterns: { byPeriod: { field: 'period', sortBy: ['indicatorId', 'socialSpaceId', 'organisationId'] } },
    unique: [['indicatorId', 'socialSpaceId', 'period', 'organisationId']],
    immutable: ['indicatorId', 'socialSpaceId', 'period', 'organisationId'],
    searchFields: ['note'],
    sizeBound: 50000,
    rules: [
      'Only for indicators with `source: partner`, by an organisation the indicator names as reporting for that social space; the period matches the indicator\'s frequency.',
      'One contribution per indicator, social space, period and organisation (409). The space\'s measurement is the sum of the contributions, recomputed on every change.',
    ],
  }),
  idea: def<Of<typeof idea>>({
    type: 'idea',
    resource: 'ideas',
    refs: { socialSpaceId: 'socialSpace', quarterId: 'quarter', needId: 'need', measureId: 'measure' },
    patterns: { byParent: 'socialSpaceId' },
    unique: [['statusKeyHash']],
    immutable: ['statusKeyHash'],
    searchFields: ['text', 'answer'],
    sizeBound: 20000,
    rules: [
      'The quarter lies in the idea\'s social space. `not-feasible` needs an `answer`, `rejected` a `rejectionReason`.',
      '`meToo`, `needId`, `measureId`, `answeredAt`, `closedAt`, `hasContact` and `statusKeyHash` are server-owned; the contact data is not part of the record (GET /v1/ideas/{id}/contact).',
    ],
  }),
  survey: def<Of<typeof survey>>({
    type: 'survey',
    resource: 'surveys',
    refs: { socialSpaceId: 'socialSpace', quarterId: 'quarter' },
    patterns: { byParent: 'socialSpaceId' },
    searchFields: ['title', 'intro'],
    sizeBound: 2000,
    rules: [
      '`closesOn` ≥ `opensOn`; question ids unique; single and multiple choice with 2–12 options, scale and text without; the quarter lies in the survey\'s social space.',
      'Once residents have answered (`responses` > 0), the questions cannot change (409).',
    ],
  }),
  surveyResponse: def<Of<typeof surveyResponse>>({
    type: 'surveyResponse',
    resource: 'survey-responses',
    refs: { surveyId: 'survey' },
    patterns: { byParent: 'surveyId' },
    immutable: ['surveyId', 'socialSpaceId'],
    scopeFrom: 'surveyId',
    searchFields: [],
    sizeBound: 100000,
  }),
  signUp: def<Of<typeof signUp>>({
    type: 'signUp',
    resource: 'sign-ups',
    refs: { activityId: 'activity' },
    patterns: { byParent: 'activityId' },
    unique: [['manageKeyHash']],
    immutable: ['activityId', 'socialSpaceId', 'manageKeyHash'],
    scopeFrom: 'activityId',
    personalFields: ['name', 'email'],
    searchFields: ['name'],
    subjectFields: ['email'],
    sizeBound: 100000,
    rules: [
      'Residents sign up on the finder (POST /v1/public/activities/{id}/sign-ups); staff list sign-ups and mark attendance. The status changes only through the resident\'s link.',
      'Confirmed places never exceed the activity\'s `capacity` (a conditional counter on the activity); beyond it, a sign-up waits on the list and moves up when a place is freed.',
    ],
  }),
  importJob: def<Of<typeof importJob>>({
    type: 'importJob',
    resource: 'imports',
    searchFields: ['fileName'],
    sizeBound: 1000,
    rules: ['Written only by the import function: a preview creates it, a run records its progress; its rows are the parts of pattern 31.'],
  }),
  areaProfile: def<Of<typeof areaProfile>>({
    type: 'areaProfile',
    resource: 'area-profiles',
    refs: { socialSpaceId: 'socialSpace', quarterId: 'quarter' },
    patterns: { byParent: 'socialSpaceId' },
    unique: [['area']],
    immutable: ['socialSpaceId', 'quarterId', 'area'],
    searchFields: ['intro', 'strengths'],
    sizeBound: 600,
    rules: [
      'One profile per social space and one per quarter (409); the quarter lies in the social space.',
      'The public sees only `published`, the copy made by POST /v1/area-profiles/{id}/publication (versioned, audited); photos are uploaded first (POST /v1/photos) and named by their key.',
    ],
  }),
  indicatorPublication: def<Of<typeof indicatorPublication>>({
    type: 'indicatorPublication',
    resource: 'indicator-publications',
    refs: { socialSpaceId: 'socialSpace', indicatorId: 'indicator', measureIds: 'measure' },
    patterns: { byParent: 'socialSpaceId' },
    unique: [['socialSpaceId', 'indicatorId']],
    immutable: ['socialSpaceId', 'indicatorId'],
    searchFields: ['interpretation'],
    sizeBound: 2000,
    rules: ['Creating one publishes the indicator\'s values in its social space, deleting one unpublishes them; counts under 5 are never shown (shared/domain/smallCounts.ts). Linked measures belong to a work plan of the same social space.'],
  }),
  council: def<Of<typeof council>>({
    type: 'council',
    resource: 'councils',
    refs: { districtId: 'district' },
    patterns: { byParent: 'districtId' },
    unique: [['districtId']],
    subjectFields: ['recipients[]', 'office.email', 'office.phone'],
    sizeBound: 50,
    rules: ['One council per district (409). The district report goes to `recipients` `reportDaysBefore` days before each session, once.'],
  }),
  room: def<Of<typeof room>>({
    type: 'room',
    resource: 'rooms',
    refs: { centreId: 'centre' },
    patterns: { byParent: 'centreId' },
    immutable: ['centreId'],
    scopeFrom: 'centreId',
    searchFields: ['name'],
    sizeBound: 2000,
    rules: [
      '`socialSpaceId` is the centre\'s, set by the server; who may write a room is decided on its centre. A room stays in its centre.',
      'Residents\' groups, self-help groups, partners and staff use rooms free of charge: only `private` and `commercial` may carry a fee.',
    ],
  }),
  roomBooking: def<Of<typeof roomBooking>>({
    type: 'roomBooking',
    resource: 'room-bookings',
    refs: { roomId: 'room', centreId: 'centre', organisationId: 'organisation' },
    patterns: { byParent: 'centreId' },
    unique: [['statusKeyHash']],
    immutable: ['roomId', 'centreId', 'socialSpaceId', 'date', 'startTime', 'endTime', 'recurrence', 'statusKeyHash'],
    scopeFrom: 'roomId',
    personalFields: ['contact', 'keyGivenTo'],
    subjectFields: ['contact.email', 'contact.phone'],
    searchFields: ['purpose', 'groupName'],
    sizeBound: 20000,
    rules: [
      '`centreId` and `socialSpaceId` are the room\'s, `occurrences`, `status` and `feeCents` the server\'s: occurrences change only through approval, refusal and proposal. Date, times and recurrence stay as asked (propose another time instead).',
      'Refused with 422 (a German sentence per broken rule in `errors`) when the room may not be asked for by this booker, holds fewer people, is asked for longer than its longest duration or with less than its lead time, or when the centre is closed then (hours, holidays, closures; in a series such days are refused alone).',
      'Refused with 409 when a single date overlaps an approved booking (with buffers) or the centre\'s own use; the message names the time taken. A partner asks only for its own organisation (`organisationId`, kind `partner`).',
      'Residents ask through the finder (POST /v1/public/rooms/{id}/requests) and confirm their address through the mailed link; until then the request is `unconfirmed`, not in the queue and cannot be answered. The link (its hash is `statusKeyHash`) shows the answer, cancels and accepts or declines a proposed time.',
    ],
  }),
} satisfies Record<EntityType, EntityDef<unknown>>;

export const entityByResource = Object.fromEntries(Object.values(entities).map((e) => [e.resource, e])) as Record<
  string,
  EntityDef
>;
