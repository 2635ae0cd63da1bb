/**
 * The demo tenants' registry entries: Hamm, the first tenant, and Musterstadt, a clearly fictional
 * municipality in Saxony with four spatial levels, so every screen can be seen working for a tenant
 * that is not Hamm. Under `npm start` each has its own public host (`*.localhost` resolves to this machine).
 */
import type { Tenant } from '../schemas/tenant.ts';
import { FIRST_TENANT } from '../tenancy/tenant.ts';
import { FIRST_TENANT_FACTS } from '../tenancy/scope.ts';
import { DEFAULT_LEVELS } from '../tenancy/facts.ts';

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
      createdAt,
      version: 1,
    },
  ];
}
