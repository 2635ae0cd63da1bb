/**
 * The one policy module. The permission matrix is data (printed in docs/ARCHITECTURE.md);
 * `authorize` and `readFilter` are the only places that interpret it, and the middy wrapper
 * is the only caller. Handlers never check permissions themselves.
 */
import type { Action } from './contract/routes/route.ts';
import { PREVENTION_TARGET_GROUPS } from './domain/audiences.ts';
import type { Role } from './schemas/user.ts';
import type { Item } from './entities.ts';

export type Principal =
  | { kind: 'user'; tenant: string; id: string; email: string; name: string; assignments: { role: Role; socialSpaceIds: string[] }[] }
  | { kind: 'partner'; tenant: string; id: string; organisationId: string; apiKeyId: string }
  /** Runs the installation for every tenant: creates, suspends and counts tenants, never reads their records. */
  | { kind: 'operator'; id: string; email: string; name: string };

/**
 * How far a grant reaches:
 * - `all`: the whole city;
 * - `space`: records in one of the principal's social spaces for that role;
 * - `space-prevention`: as `space`, and the record's target groups are all parents, children, youth or families;
 * - `own-org`: a partner's own organisation's records (its offers, the activities it takes part in,
 *   the networks it is a member of);
 * - `self`: the user's own record (its report and reminder settings only).
 */
export type Scope = 'all' | 'space' | 'space-prevention' | 'own-org' | 'self';
export type Grantee = Role | 'partner' | 'operator';

type Grants = Partial<Record<Grantee, Scope>>;
const CLERKS_READ: Grants = { admin: 'all', leadership: 'all', coordination: 'all', 'neighbourhood-management': 'all', prevention: 'all' };
const PUBLIC_STRUCTURE_READ: Grants = { ...CLERKS_READ, partner: 'all' };
const ADMIN: Grants = { admin: 'all' };
const CLERKS_ALL: Grants = CLERKS_READ;
/** Work plans, budgets and key figures: coordination in its spaces (and admins). */
const PLANNING: Grants = { admin: 'all', coordination: 'space' };
/** Networks, meetings and activities (and needs): the roles working in the social spaces, each in their own. */
const NETWORK_WORK: Grants = { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space', prevention: 'space-prevention' };

/** Surveys: the roles that put questions to residents, in their spaces. */
const SURVEYS: Grants = { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space' };

/**
 * A social space's or quarter's public profile: neighbourhood management and coordination of the
 * space write and publish it; prevention's part is its measures and dates (their own policies).
 */
const PROFILE: Grants = { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space' };

/**
 * Rooms and their requests (issue 34): neighbourhood management of the centre's social space (and
 * admins) keep the rooms and answer requests. Coordination reads its spaces' requests, leadership all.
 * Prevention coordination is not granted requests: they hold requesters' contact data and key holders,
 * which its work does not need; it sees when rooms are taken on the public page and the room feeds.
 * Partners see the rooms and ask for them for their own organisation, and see only their own requests.
 */
const ROOM_KEEPERS: Grants = { admin: 'all', 'neighbourhood-management': 'space' };

/** resource → action → who, and how far. Absent means refused. */
export const PERMISSIONS: Record<string, Partial<Record<Action, Grants>>> = {
  districts: { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  'social-spaces': { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  'planning-areas': { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  quarters: { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  centres: {
    read: PUBLIC_STRUCTURE_READ,
    create: { admin: 'all', 'neighbourhood-management': 'space' },
    update: { admin: 'all', 'neighbourhood-management': 'space' },
    delete: { admin: 'all', 'neighbourhood-management': 'space' },
  },
  organisations: { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  goals: { read: PUBLIC_STRUCTURE_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  users: { read: { admin: 'all', leadership: 'self' }, create: ADMIN, update: { admin: 'all', leadership: 'self' }, delete: ADMIN },
  /** Every clerk's own report and reminder settings (GET/PUT /v1/me/settings act on the caller's record only). */
  'own-settings': { read: CLERKS_ALL, update: CLERKS_ALL },
  'api-keys': { read: ADMIN, create: ADMIN, delete: ADMIN },
  offers: {
    read: { ...CLERKS_READ, partner: 'own-org' },
    create: { admin: 'all', 'neighbourhood-management': 'space', prevention: 'space-prevention', partner: 'own-org' },
    update: { admin: 'all', 'neighbourhood-management': 'space', prevention: 'space-prevention', coordination: 'space', partner: 'own-org' },
    delete: { admin: 'all', 'neighbourhood-management': 'space', prevention: 'space-prevention' },
  },
  indicators: { read: CLERKS_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  targets: {
    read: CLERKS_READ,
    create: { admin: 'all', coordination: 'space' },
    update: { admin: 'all', coordination: 'space' },
    delete: { admin: 'all', coordination: 'space' },
  },
  measurements: {
    read: CLERKS_READ,
    create: { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space', prevention: 'space' },
    update: { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space', prevention: 'space' },
    delete: { admin: 'all', coordination: 'space', 'neighbourhood-management': 'space', prevention: 'space' },
  },
  networks: {
    read: { ...CLERKS_READ, partner: 'own-org' },
    create: NETWORK_WORK,
    update: NETWORK_WORK,
    delete: NETWORK_WORK,
  },
  // Judged on the meeting's network (EntityDef.scopeFrom).
  meetings: { read: CLERKS_READ, create: NETWORK_WORK, update: NETWORK_WORK, delete: NETWORK_WORK },
  activities: {
    read: { ...CLERKS_READ, partner: 'own-org' },
    create: { ...NETWORK_WORK, partner: 'own-org' },
    update: { ...NETWORK_WORK, partner: 'own-org' },
    delete: NETWORK_WORK,
  },
  needs: { read: CLERKS_READ, create: NETWORK_WORK, update: NETWORK_WORK, delete: NETWORK_WORK },
  'work-plans': { read: CLERKS_READ, create: PLANNING, update: PLANNING, delete: PLANNING },
  /** Confirming a draft work plan: coordination and neighbourhood management of the space, each for their role. */
  'work-plan-confirmations': { create: { coordination: 'space', 'neighbourhood-management': 'space' } },
  /** The mid-year and year-end reviews and closing a plan. */
  'work-plan-reviews': { create: PLANNING },
  measures: {
    read: CLERKS_READ,
    create: { ...PLANNING, prevention: 'space-prevention' },
    update: { ...PLANNING, 'neighbourhood-management': 'space', prevention: 'space-prevention' },
    delete: { ...PLANNING, prevention: 'space-prevention' },
  },
  'budget-lines': { read: CLERKS_READ, create: PLANNING, update: PLANNING, delete: PLANNING },
  expenses: { read: CLERKS_READ, create: { ...PLANNING, 'neighbourhood-management': 'space' }, update: PLANNING, delete: PLANNING },
  'area-figures': { read: CLERKS_READ, create: PLANNING, update: PLANNING, delete: PLANNING },
  /** Running the metric job for one indicator and period (its result is the same whoever runs it). */
  'indicator-computations': { create: { admin: 'all', coordination: 'all' } },
  'search-gaps': { read: CLERKS_READ },
  /** Area boundaries: everyone signed in reads them (and locates points); admins import. */
  boundaries: { read: CLERKS_READ, create: ADMIN },
  'location-mismatches': { read: ADMIN },
  /** Partner-reported figures: each organisation its own (the indicator must name it as reporting). */
  contributions: { read: { ...CLERKS_READ, partner: 'own-org' }, create: { admin: 'all', partner: 'own-org' }, update: { admin: 'all', partner: 'own-org' }, delete: { admin: 'all', partner: 'own-org' } },
  /** Residents' ideas: the roles working in the social space moderate and answer them; leadership reads. */
  ideas: { read: { ...NETWORK_WORK, leadership: 'all' }, create: NETWORK_WORK, update: NETWORK_WORK, delete: ADMIN },
  /** The sender's contact data: only the staff of the idea's social space (never leadership city-wide). */
  'idea-contacts': { read: NETWORK_WORK },
  /** Surveys: neighbourhood management and coordination put them to the residents of their spaces. */
  surveys: { read: CLERKS_READ, create: SURVEYS, update: SURVEYS, delete: SURVEYS },
  /** A survey's results with every count and the free texts (the public see them only after closing, small counts hidden). */
  'survey-results': { read: CLERKS_READ },
  /** Residents' sign-ups for an activity: the roles that run activities in the space see them and mark attendance. */
  'sign-ups': { read: NETWORK_WORK, update: NETWORK_WORK, delete: ADMIN },
  /** Turning an idea into a need: who may write needs there. */
  'idea-take-ups': { create: NETWORK_WORK },
  /** Turning an idea into a measure of the current work plan: who may create measures there. */
  'idea-measure-take-ups': { create: { ...PLANNING, prevention: 'space-prevention' } },
  /**
   * Spreadsheet and HSDS imports: the staff roles that write records. The job is only a container;
   * each of its rows is judged like the clerk's own POST or PUT, in their social spaces.
   */
  imports: { read: { admin: 'all', coordination: 'all', 'neighbourhood-management': 'all', prevention: 'all' }, create: { admin: 'all', coordination: 'all', 'neighbourhood-management': 'all', prevention: 'all' }, update: { admin: 'all', coordination: 'all', 'neighbourhood-management': 'all', prevention: 'all' } },
  'audit-events': { read: { admin: 'all', leadership: 'all' } },
  /** GDPR requests of one person (Art. 15–17): finding, exporting and erasing their e-mail or phone everywhere. */
  'data-subject-requests': { read: ADMIN, delete: ADMIN },
  reports: { read: { admin: 'all', leadership: 'all' }, create: ADMIN, update: ADMIN },
  /** The own tenant's settings: name, state, levels, languages, look, report recipients (GET/PUT /v1/tenant). */
  tenant: { read: { admin: 'all', leadership: 'all' }, update: ADMIN },
  /** The public profiles of social spaces and quarters (texts, photos); leadership reads. */
  'area-profiles': { read: CLERKS_READ, create: PROFILE, update: PROFILE, delete: PROFILE },
  /** Publishing a profile (a versioned, audited copy that the public page shows) and taking it back. */
  'area-profile-publications': { create: PROFILE, delete: PROFILE },
  /** Which indicators the public sees in a social space: coordination alone decides (and admins). */
  'indicator-publications': { read: CLERKS_READ, create: PLANNING, update: PLANNING, delete: PLANNING },
  /** Photos for public pages: every clerk may store one (for a profile, or their own contact photo). */
  photos: { create: CLERKS_ALL },
  /** The district councils (Bezirksvertretungen) with their sessions: admins configure them. */
  councils: { read: CLERKS_READ, create: ADMIN, update: ADMIN, delete: ADMIN },
  /** The district report for a council's session: every clerk reads it. */
  'council-reports': { read: CLERKS_READ },
  /** A centre's rooms: everyone signed in reads them, partners too (to ask for one). */
  rooms: { read: PUBLIC_STRUCTURE_READ, create: ROOM_KEEPERS, update: ROOM_KEEPERS, delete: ROOM_KEEPERS },
  /** Room requests (Raumanfragen); a PUT changes the texts and the key handover. */
  'room-bookings': {
    read: { admin: 'all', leadership: 'all', coordination: 'space', 'neighbourhood-management': 'space', partner: 'own-org' },
    create: { ...ROOM_KEEPERS, partner: 'own-org' },
    update: ROOM_KEEPERS,
    delete: ADMIN,
  },
  /** Approving, refusing, proposing another time: POST /v1/room-bookings/{id}/approval, /refusal, /proposal. */
  'room-booking-decisions': { create: ROOM_KEEPERS },
  /** The operator's registry of tenants and their usage. Nothing else is granted to the operator. */
  tenants: { read: { operator: 'all' }, create: { operator: 'all' }, update: { operator: 'all' } },
};

/** Fields a `self`-scoped user update may change. */
const SELF_EDITABLE = new Set(['receivesReport', 'remindersOff']);

export type Decision = { allowed: true } | { allowed: false; permission: string; reason: string };

/** The social spaces a record belongs to (offers may serve several). */
export function spacesOf(record: Item | undefined): string[] {
  if (!record) return [];
  if (Array.isArray(record.socialSpaceIds)) return record.socialSpaceIds;
  return record.socialSpaceId ? [record.socialSpaceId] : [];
}

/** The organisations a record belongs to, for a partner's `own-org` scope. */
export function organisationsOf(record: Item | undefined): string[] {
  if (!record) return [];
  return [record.organisationId, ...(record.organisationIds ?? []), ...(record.memberOrganisationIds ?? [])].filter((x): x is string => typeof x === 'string');
}

function grantsFor(principal: Principal): { grantee: Grantee; spaces: string[] }[] {
  if (principal.kind === 'partner') return [{ grantee: 'partner', spaces: [] }];
  if (principal.kind === 'operator') return [{ grantee: 'operator', spaces: [] }];
  return principal.assignments.map((a) => ({ grantee: a.role, spaces: a.socialSpaceIds }));
}

function withinScope(
  scope: Scope,
  principal: Principal,
  spaces: string[],
  record: Item | undefined,
): boolean {
  if (scope === 'all') return true;
  if (!record) return false;
  if (scope === 'own-org') return principal.kind === 'partner' && organisationsOf(record).includes(principal.organisationId);
  if (scope === 'self') return principal.kind === 'user' && record.id === principal.id;
  const inSpace = spacesOf(record).some((s) => spaces.includes(s));
  if (scope === 'space') return inSpace;
  const groups: string[] = record.targetGroups ?? [];
  return inSpace && groups.length > 0 && groups.every((g) => (PREVENTION_TARGET_GROUPS as readonly string[]).includes(g));
}

/**
 * May `principal` do `action` on `resource`? For writes, `before` is the stored record
 * and `after` the requested one; both must be in scope, so nobody can move a record out
 * of all their social spaces or into someone else's organisation.
 */
export function authorize(
  principal: Principal,
  resource: string,
  action: Action,
  ctx: { before?: Item; after?: Item; collection?: boolean } = {},
): Decision {
  const permission = `${resource}:${action}`;
  const grants = PERMISSIONS[resource]?.[action] ?? {};
  const mine = grantsFor(principal).filter((g) => grants[g.grantee]);
  if (mine.length === 0) return { allowed: false, permission, reason: `Missing permission ${permission}` };
  // Reading a collection: the list is filtered by readFilter instead.
  if (ctx.collection) return { allowed: true };
  const records = [ctx.before, ctx.after].filter(Boolean) as Item[];
  for (const g of mine) {
    const scope = grants[g.grantee]!;
    if (scope === 'self' && ctx.before && ctx.after) {
      const changed = Object.keys({ ...ctx.before, ...ctx.after }).filter(
        (k) => !['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'id'].includes(k) && JSON.stringify(ctx.before![k]) !== JSON.stringify(ctx.after![k]),
      );
      if (changed.some((k) => !SELF_EDITABLE.has(k))) continue;
    }
    if (records.every((r) => withinScope(scope, principal, g.spaces, r))) return { allowed: true };
  }
  const where = describeScope(mine.map((g) => grants[g.grantee]!), records);
  return { allowed: false, permission, reason: `Missing permission ${permission}${where}` };
}

function describeScope(scopes: Scope[], records: Item[]): string {
  const spaces = [...new Set(records.flatMap(spacesOf))];
  if (scopes.includes('own-org')) return ' for this organisation';
  if (scopes.includes('self')) return ' for other users or these fields';
  if (scopes.includes('space-prevention')) return ` in social space(s) ${spaces.join(', ')} or for these target groups`;
  return spaces.length ? ` in social space(s) ${spaces.join(', ')}` : '';
}

/** A predicate selecting the records of `resource` the principal may read (for list routes). */
export function readFilter(principal: Principal, resource: string): (record: Item) => boolean {
  const grants = PERMISSIONS[resource]?.read ?? {};
  const mine = grantsFor(principal).filter((g) => grants[g.grantee]);
  if (readsAll(principal, resource)) return () => true;
  return (r) => mine.some((g) => withinScope(grants[g.grantee]!, principal, g.spaces, r));
}

/** Whether the principal reads every record of a list (then a list may read one page of an index instead of filtering them all). */
export function readsAll(principal: Principal, resource: string): boolean {
  const grants = PERMISSIONS[resource]?.read ?? {};
  return grantsFor(principal).some((g) => grants[g.grantee] === 'all');
}

/** What the admin UI needs to hide menu entries and buttons: resource → allowed actions. */
export function capabilities(principal: Principal): Record<string, Action[]> {
  const out: Record<string, Action[]> = {};
  for (const [resource, actions] of Object.entries(PERMISSIONS)) {
    const allowed = (Object.keys(actions) as Action[]).filter((a) => grantsFor(principal).some((g) => actions[a]?.[g.grantee]));
    if (allowed.length) out[resource] = allowed;
  }
  return out;
}

/** Roles that act for the whole city; their assignments name no social spaces. */
export const CITY_WIDE_ROLES: readonly Role[] = ['admin', 'leadership'];

/**
 * The social spaces a clerk is in charge of (what the dashboard shows): every one for a city-wide
 * role, else those of the role assignments. Partners are in charge of none.
 */
export function spacesInCharge(principal: Principal): 'all' | Set<string> {
  if (principal.kind !== 'user') return new Set();
  if (principal.assignments.some((a) => CITY_WIDE_ROLES.includes(a.role))) return 'all';
  return new Set(principal.assignments.flatMap((a) => a.socialSpaceIds));
}

export function actorOf(principal: Principal | undefined): string {
  if (!principal) return 'anonymous';
  if (principal.kind === 'operator') return `operator:${principal.id}`;
  return principal.kind === 'user' ? `user:${principal.id}` : `apikey:${principal.apiKeyId}`;
}
