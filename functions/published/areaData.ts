/**
 * What the public pages of the social spaces, quarters and centres read besides the catalogue: the
 * contact persons who consented, public networks, area profiles, published indicators with their
 * goals, held per tenant for a minute like the catalogue (PUBLIC_CACHE_SECONDS), so a withdrawn
 * consent or an unpublished indicator leaves every public path within that minute plus the CDN's.
 * Only what the public may see leaves this module: users are reduced to their public contact here.
 * Access patterns: 2 (users, networks, area profiles, indicator publications, goals, indicators).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { photoUrl } from '../../shared/media/photoUrl.ts';

/** The roles residents meet as contact persons of their social space. */
export const CONTACT_ROLES = ['neighbourhood-management', 'coordination', 'prevention'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface ContactPerson {
  id: string;
  name: string;
  /** Role → the social spaces the person is a contact for in it. */
  roles: { role: ContactRole; socialSpaceIds: string[] }[];
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

/** Only people who consented, are active and hold a contact role in some space. */
function contactsOf(users: Item[]): ContactPerson[] {
  return users
    .filter((u) => u.active !== false && u.publicConsent)
    .map((u) => ({
      id: u.id,
      name: u.name,
      roles: (u.assignments ?? []).filter((a: Item) => (CONTACT_ROLES as readonly string[]).includes(a.role) && a.socialSpaceIds?.length),
      contact: u.publicContact ?? {},
    }))
    .filter((p) => p.roles.length);
}

async function load(repo: Repository): Promise<AreaData> {
  const [users, networks, profiles, publications, goals, indicators] = await Promise.all([
    repo.listAll(entities.user),
    repo.listAll(entities.network),
    repo.listAll(entities.areaProfile),
    repo.listAll(entities.indicatorPublication),
    repo.listAll(entities.goal),
    repo.listAll(entities.indicator),
  ]);
  return {
    contacts: contactsOf(users),
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
  return data.contacts.flatMap((p) =>
    p.roles
      .filter((r) => r.socialSpaceIds.includes(spaceId))
      .slice(0, 1)
      .map((r) => ({
        key: `${r.role}-${p.id}`,
        name: p.name,
        role: r.role,
        ...(p.contact.title ? { title: p.contact.title } : {}),
        ...(p.contact.phone ? { phone: p.contact.phone } : {}),
        ...(p.contact.email ? { email: p.contact.email } : {}),
        consultationHours: p.contact.consultationHours ?? [],
        ...(p.contact.consultationNote ? { consultationNote: p.contact.consultationNote } : {}),
        ...(p.contact.photo ? { photoUrl: photoUrl(p.contact.photo) } : {}),
      })),
  );
}

