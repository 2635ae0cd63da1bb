/**
 * Applies seed items through the repository: validated by the entity schemas, created only
 * where the id is missing. A second run therefore changes nothing and never overwrites edits.
 */
import { entities, type EntityDef, type EntityType } from '../entities.ts';
import { schemasOf } from '../schemas/index.ts';
import type { Repository } from '../db/repository.ts';
import { createUserWithAccount } from '../identity/accounts.ts';
import type { UserDirectory } from '../identity/directory.ts';
import { demoData } from './demo.ts';
import { networkData } from './networks.ts';
import { planningData } from './planning.ts';
import { seedIllustrativeBoundaries } from './boundaries.ts';
import { seedAddressDirectory } from './addresses.ts';
import { computeIndicator } from '../metrics/job.ts';
import { monthsEndingWith, monthsOfPeriod } from '../time/months.ts';
import { periodFor, type Frequency } from '../domain/scorecard.ts';
import { hammStructure, type SeedItem } from './hamm.ts';
import { participationData, signUpData, surveyData } from './participation.ts';
import { DEFAULT_DEMO_PASSWORD, demoUsers } from './users.ts';
import { directoryFromEnv } from '../identity/directory.ts';
import { seedAnchor } from '../db/seedAnchor.ts';
import { listTenants, putTenant } from '../db/platformStore.ts';
import { FIRST_TENANT } from '../tenancy/tenant.ts';
import { musterstadtItems } from './musterstadt.ts';
import { demoTenants, inDemoTenant, SECOND_TENANT } from './tenants.ts';
import { DEMO_OPERATOR, ensureOperator } from './operator.ts';
import { withPublicFaces } from './publicFaces.ts';
import { demoPhotoKeys, storeDemoPhotos } from './demoPhotos.ts';
import { currentTenant } from '../tenancy/scope.ts';
import { createSeededBooking, withRooms } from './rooms.ts';

/** Referenced types come before the types that reference them. */
const ORDER: EntityType[] = ['district', 'council', 'socialSpace', 'planningArea', 'quarter', 'areaProfile', 'goal', 'organisation', 'centre', 'room', 'offer', 'indicator', 'target', 'measurement', 'contribution', 'user', 'network', 'meeting', 'activity', 'need', 'budgetLine', 'workPlan', 'measure', 'indicatorPublication', 'expense', 'areaFigure', 'idea', 'survey', 'surveyResponse', 'signUp', 'roomBooking'];

const SEED_CONCURRENCY = 8;

export function allSeedItems(today: Date): SeedItem[] {
  const work = networkData(today);
  const items = [...hammStructure(), ...demoData(today, work), ...demoUsers(), ...work, ...planningData(today), ...participationData(today), ...surveyData(today), ...signUpData(today)];
  return withRooms(withPublicFaces(items, today, demoPhotoKeys()), today);
}

export interface SeedOptions {
  actor?: string;
  /** Where the users' Cognito accounts live (default: the pool the environment names). */
  directory?: UserDirectory;
  /** The demo users' permanent password (default: DEMO_PASSWORD, else the documented demo one). */
  password?: string;
  /** Hamm's illustrative boundaries with its quarters (default); another tenant's quarters have none. */
  illustrativeBoundaries?: boolean;
}

/**
 * Hamm and the demo data, laid out around the day of the first seeding (recorded, pattern 22):
 * a first start in any month shows recent work, and every later start regenerates the same items
 * and adds only what is missing — never a second set shifted to a newer month.
 */
export async function seedDemo(repo: Repository, today: Date, opts: SeedOptions = {}): Promise<{ created: number; existing: number; anchoredAt: Date }> {
  const anchoredAt = await seedAnchor(repo, today, opts.actor ?? 'system:seed');
  await storeDemoPhotos(currentTenant());
  const applied = await applySeed(repo, allSeedItems(anchoredAt), opts);
  // The demo's "Mein Stadtteil" finds houses of the seeded streets (tests that seed only the structure keep the street lists alone).
  await seedAddressDirectory(repo, opts.actor ?? 'system:seed');
  return { ...applied, anchoredAt };
}

/**
 * Both demo tenants: their registry entries and the demo operator, then Hamm's data and
 * Musterstadt's, each in its own tenant's scope. Only what is missing is added (a second start
 * changes nothing).
 */
export async function seedDemoTenants(repo: Repository, today: Date, opts: SeedOptions = {}): Promise<{ tenant: string; created: number; existing: number; anchoredAt: Date }[]> {
  const known = new Set((await listTenants(repo)).map((t) => t.id));
  for (const entry of demoTenants(today.toISOString())) if (!known.has(entry.id)) await putTenant(repo, entry);
  await ensureOperator(repo, opts.directory ?? directoryFromEnv(), DEMO_OPERATOR, opts.password ?? process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD);
  const hamm = await inDemoTenant(FIRST_TENANT, () => seedDemo(repo, today, opts));
  const second = await inDemoTenant(SECOND_TENANT, async () => {
    const anchoredAt = await seedAnchor(repo, today, opts.actor ?? 'system:seed');
    return { ...(await applySeed(repo, musterstadtItems(anchoredAt), { ...opts, illustrativeBoundaries: false })), anchoredAt };
  });
  return [
    { tenant: FIRST_TENANT, ...hamm },
    { tenant: SECOND_TENANT, ...second },
  ];
}

export async function applySeed(repo: Repository, items: SeedItem[], opts: SeedOptions = {}): Promise<{ created: number; existing: number }> {
  const actor = opts.actor ?? 'system:seed';
  let created = 0;
  let existing = 0;
  for (const type of ORDER) {
    const def = entities[type];
    const ofType = items.filter((i) => i.type === type);
    const present = new Set((await repo.batchGet<{ id: string }>(def, ofType.map((i) => i.id))).map((e) => e.id));
    const missing = ofType.filter((i) => !present.has(i.id));
    existing += ofType.length - missing.length;
    // Items referencing their own type (an organisation's parent) wait for the others.
    const selfRef = (i: SeedItem) => Object.entries(def.refs).some(([f, t]) => t === type && i.data[f] !== undefined);
    for (const wave of [missing.filter((i) => !selfRef(i)), missing.filter(selfRef)]) created += await createAll(repo, def, wave, actor, opts);
  }
  if (created) await computeSeeded(repo, items);
  // Hamm's structure comes with illustrative boundaries until the city's own are imported.
  if (opts.illustrativeBoundaries !== false && items.some((i) => i.type === 'quarter')) await seedIllustrativeBoundaries(repo, actor);
  return { created, existing };
}

/**
 * Runs the metric job over the seeded months for each seeded computed indicator, as the monthly
 * schedule would have done, except for periods whose values the seed entered by hand.
 */
async function computeSeeded(repo: Repository, items: SeedItem[]): Promise<void> {
  // What happened: an activity announced for sign-up, or a public festival announced, has not taken place yet, so it computes nothing.
  const months = items.filter((i) => (i.type === 'meeting' && !i.data.public) || (i.type === 'activity' && !i.data.signUp)).map((i) => String(i.data.date).slice(0, 7)).sort();
  if (!months.length) return;
  const [first, last] = [months[0], months[months.length - 1]];
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5));
  const span = monthsEndingWith(last, index(last) - index(first) + 1);
  const entered = new Set(items.filter((i) => i.type === 'measurement').map((i) => `${i.data.indicatorId}|${i.data.period}`));
  for (const item of items.filter((i) => i.type === 'indicator' && i.data.source === 'computed')) {
    const indicator = await repo.get(entities.indicator, item.id);
    const periods = [...new Set(span.map((m) => periodFor(m, indicator.frequency as Frequency)))].filter(
      (p) => monthsOfPeriod(p)[0] >= first && !entered.has(`${indicator.id}|${p}`),
    );
    for (const period of periods) await computeIndicator(repo, indicator, period);
  }
}

async function createAll(repo: Repository, def: EntityDef, items: SeedItem[], actor: string, opts: SeedOptions): Promise<number> {
  let created = 0;
  // A few writers at once; conflicts on shared reference counts are retried by the repository.
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      const data = seedData(def, item.data);
      if (def.type === 'user') await createUser(repo, data, item.id, actor, opts);
      else if (def.type === 'roomBooking') await createSeededBooking(repo, data, { actor, id: item.id, at: item.at });
      else await repo.create(def, data, { actor, id: item.id, at: item.at });
      created++;
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  return created;
}

/**
 * A seed item's data as stored: validated by the input schema, plus the server-owned fields
 * (an offer's reviewedAt) that demo data carries and no client may send.
 */
export function seedData(def: EntityDef, data: Record<string, unknown>): Record<string, unknown> {
  const schemas = schemasOf[def.type];
  const owned = Object.fromEntries(schemas.serverOwned.filter((k) => k in data).map((k) => [k, data[k]]));
  const input = Object.fromEntries(Object.entries(data).filter(([k]) => !(k in owned)));
  return { ...(schemas.input.parse(input) as Record<string, unknown>), ...owned };
}

/** Users are seeded exactly as an admin creates them: with their Cognito account. */
function createUser(repo: Repository, data: Record<string, unknown>, id: string, actor: string, opts: SeedOptions) {
  opts.directory ??= directoryFromEnv();
  const permanentPassword = opts.password ?? process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  return createUserWithAccount(repo, opts.directory, data as never, { actor, id, invite: false, permanentPassword, adoptExisting: true });
}
