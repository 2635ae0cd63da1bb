/** What a scope needs to know of a tenant (scope.ts), from its registry entry. No zod: every function loads this. */
import type { Tenant } from '../schemas/tenant.ts';
import type { TenantFacts } from './scope.ts';

export const factsOf = (t: Pick<Tenant, 'state' | 'name' | 'look'>): TenantFacts => ({ state: t.state, name: t.name, title: t.look.title });
