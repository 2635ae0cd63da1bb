/**
 * What the public pages of the social spaces, quarters and centres read besides the catalogue: the
 * contact persons who consented, public networks, area profiles, published indicators with their
 * goals, held per tenant for a minute like the catalogue (PUBLIC_CACHE_SECONDS), so a withdrawn
 * consent or an unpublished indicator leaves every public path within that minute plus the CDN's.
 * The contact persons come from their projection (pattern 32), which exists only while consent is
 * recorded: the public function never reads a user.
 * Access patterns: 32 (contact persons), 2 (networks, area profiles, indicator publications, goals), 1 (the published
 * indicators, batched).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { photoUrl } from '../../shared/media/photoUrl.ts';
import { CONTACT_ROLES } from '../../shared/schemas/values.ts';

type ContactRole = (typeof CONTACT_ROLES)[number];

/** A consenting contact person in one social space (pattern 32: the projection, never the user's record). */
export interface ContactPerson {
  userId: string;
  socialSpaceId: string;
  name: string;
  role: ContactRole;
  contact: Item;
}

export interface AreaData {
  contacts: ContactPerson[];
  networks: Item[];
  profiles: Item[];
  publications: Item[];
  goals: Map<string, Item>;
  indicators: Map<string, Item>;
}

const ttlMs = () => Number(process.env.PUBLIC_CACHE_SECONDS ?? 60) * 1000;
const cache = new Map<string, { at: number; value: Promise<AreaData> }>();

async function load(repo: Repository): Promise<AreaData> {
  const [contacts, networks, profiles, publications, goals] = await Promise.all([
    repo.listPublicContacts(),
    repo.listAll(entities.network),
    repo.listAll(entities.areaProfile),
    repo.listAll(entities.indicatorPublication),
    repo.listAll(entities.goal),
  ]);
  // Only the published indicators: a city with many indicators publishes a few of them.
  const indicators = await repo.batchGet(entities.indicator, [...new Set(publications.map((p) => p.indicatorId))]);
  return {
    contacts: contacts as ContactPerson[],
    networks: networks.filter((n) => n.public && n.status === 'active'),
    profiles,
    publications,
    goals: new Map(goals.map((g) => [g.id, g])),
    indicators: new Map(indicators.map((i) => [i.id, i])),
  };
}

export function areaData(repo: Repository, nowMs: number): Promise<AreaData> {
  const key = `${repo.table}:${currentTenant()}`;
  const hit = cache.get(key);
  if (hit && nowMs - hit.at < ttlMs()) return hit.value;
  const value = load(repo);
  cache.set(key, { at: nowMs, value });
  value.catch(() => cache.delete(key));
  return value;
}


/** The contact persons of a social space as the public sees them: one entry per person, in their first role there. */
export function contactsIn(data: AreaData, spaceId: string) {
  const order = (p: ContactPerson) => CONTACT_ROLES.indexOf(p.role);
  return data.contacts
    .filter((p) => p.socialSpaceId === spaceId)
    .sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'de'))
    .map((p) => ({
      key: `${p.role}-${p.userId}`,
      name: p.name,
      role: p.role,
      ...(p.contact.title ? { title: p.contact.title } : {}),
      ...(p.contact.phone ? { phone: p.contact.phone } : {}),
      ...(p.contact.email ? { email: p.contact.email } : {}),
      consultationHours: p.contact.consultationHours ?? [],
      ...(p.contact.consultationNote ? { consultationNote: p.contact.consultationNote } : {}),
      ...(p.contact.photo ? { photoUrl: photoUrl(p.contact.photo) } : {}),
    }));
}
