/**
 * The demo tenants' registry entries: Hamm, the first tenant, and Musterstadt, a clearly fictional
 * municipality in Saxony with four spatial levels, so every screen can be seen working for a tenant
 * that is not Hamm. Under `npm start` each has its own public host (`*.localhost` resolves to this machine).
 */
import type { Tenant } from '../schemas/tenant.ts';
import { FIRST_TENANT } from '../tenancy/tenant.ts';
import { FIRST_TENANT_FACTS, inTenant } from '../tenancy/scope.ts';
import { DEFAULT_LEVELS, factsOf } from '../tenancy/facts.ts';
import { TARGET_GROUPS, THEMES } from '../schemas/values.ts';

export const SECOND_TENANT = 'musterstadt';

export function demoTenants(createdAt: string): Tenant[] {
  return [
    {
      id: FIRST_TENANT,
      name: FIRST_TENANT_FACTS.name,
      state: 'NW',
      timeZone: 'Europe/Berlin',
      status: 'active',
      hosts: ['hamm.localhost'],
      levels: DEFAULT_LEVELS,
      languages: ['de', 'de-x-ls', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'bg', 'ro'],
      look: { title: FIRST_TENANT_FACTS.title, brandColour: '#00549f', textOnBrand: '#ffffff' },
      createdAt,
      version: 1,
    },
    {
      id: SECOND_TENANT,
      name: 'Musterstadt (fiktiv)',
      state: 'SN',
      timeZone: 'Europe/Berlin',
      status: 'active',
      hosts: ['musterstadt.localhost'],
      levels: [
        { key: 'district', label: 'Stadtbezirk' },
        { key: 'socialSpace', label: 'Sozialraum' },
        { key: 'planningArea', label: 'Planungsraum' },
        { key: 'quarter', label: 'Quartier' },
      ],
      languages: ['de', 'en', 'uk'],
      look: { title: 'Quartiersarbeit Musterstadt', brandColour: '#2e6b30', textOnBrand: '#ffffff' },
      // Its own lists (Hamm keeps the shared ones): no „Existenzsicherung“, a theme of its own, no job seekers.
      themes: [...THEMES.filter((t) => t !== 'Existenzsicherung'), 'Klimaschutz'],
      targetGroups: TARGET_GROUPS.filter((g) => g !== 'unemployed'),
      createdAt,
      version: 1,
    },
  ];
}

/** Work for a demo tenant with the facts its entry gives, as a request has them (the seed is checked against its own themes and target groups). */
export function inDemoTenant<T>(id: string, fn: () => T): T {
  const entry = demoTenants(new Date(0).toISOString()).find((t) => t.id === id);
  return inTenant(id, fn, entry ? factsOf(entry) : {});
}
