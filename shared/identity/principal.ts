/** The principal an active user record signs in as: for the authorizer, and for the import, which acts for its user across invocations. */
import type { Item } from '../entities.ts';
import type { Principal } from '../policy.ts';
import { currentTenant } from '../tenancy/scope.ts';

/** Read in the tenant's scope: the user record was found under that tenant's keys. */
export function principalOfUser(user: Item | undefined): Principal | undefined {
  if (!user || user.active === false) return undefined;
  return { kind: 'user', tenant: currentTenant(), id: user.id, email: user.email, name: user.name, assignments: user.assignments ?? [] };
}
