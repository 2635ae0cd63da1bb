/** What a scope needs to know of a tenant (scope.ts), from its registry entry, and how it presents itself. No zod: every function loads this. */
import type { Tenant } from '../schemas/tenant.ts';
import { currentTenant, tenantFacts, type TenantFacts } from './scope.ts';
import { getTenant } from '../db/platformStore.ts';
import type { RepositoryReads } from '../db/reads.ts';
import { now } from '../time/clock.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { SPATIAL_LEVEL_DE } from '../format/labels.ts';
import { vocabularyOf } from '../schemas/vocabulary.ts';

export const factsOf = (t: Pick<Tenant, 'state' | 'name' | 'look' | 'hosts' | 'levels' | 'themes' | 'targetGroups'>): TenantFacts => ({
  state: t.state, name: t.name, title: t.look.title, ...(t.hosts[0] ? { host: t.hosts[0] } : {}), levels: t.levels.map((l) => l.key), ...vocabularyOf(t),
});

/** A tenant's start (and the first tenant's, where the registry does not describe it yet): Hamm's three levels. */
export const DEFAULT_LEVELS: Tenant['levels'] = (['district', 'socialSpace', 'quarter'] as const).map((key) => ({ key, label: SPATIAL_LEVEL_DE[key] }));
/** Whether the tenant in scope plans in a spatial level (Musterstadt in planning areas; Hamm not). */
export const tenantHasLevel = (key: Tenant['levels'][number]['key']): boolean => (tenantFacts().levels ?? DEFAULT_LEVELS.map((l) => l.key)).includes(key);
/** The colours a tenant starts with (white on this blue: 8.6 : 1). */
export const DEFAULT_COLOURS = { brandColour: '#0d47a1', textOnBrand: '#ffffff' } as const;

/**
 * How the tenant in scope presents itself (GET /v1/public/tenant, and the admin's `/me`): its
 * registry entry's name and look, or, where the registry does not describe it yet, the entry its
 * facts make (the same one GET /v1/tenant shows).
 */
export async function ownPublicFace(repo: Pick<RepositoryReads, 'baseDoc' | 'table'>) {
  const id = currentTenant();
  const { look, ...entry } = (await getTenant(repo, id)) ?? entryFromFacts(id, tenantFacts(), now().toISOString());
  return {
    id, name: entry.name, title: look.title, brandColour: look.brandColour, textOnBrand: look.textOnBrand, ...(look.logoUrl ? { logoUrl: look.logoUrl } : {}),
    languages: entry.languages, levels: entry.levels, ...vocabularyOf(entry),
  };
}

/**
 * The registry entry of a tenant the registry does not describe yet, from its facts: the first
 * tenant of an installation from before tenants (written by the migration; version 0 where only shown).
 */
export function entryFromFacts(id: string, facts: TenantFacts, at: string, version = 0): Tenant {
  return {
    id, name: facts.name, state: facts.state as Tenant['state'], timeZone: 'Europe/Berlin', status: 'active', hosts: [], levels: DEFAULT_LEVELS,
    languages: [...LANGUAGE_CODES], look: { title: facts.title, ...DEFAULT_COLOURS }, createdAt: at, version,
  };
}
