/** The principal an active user record signs in as: for the authorizer, and for the import, which acts for its user across invocations. */
import type { Item } from '../entities.ts';
import type { Principal } from '../policy.ts';

export function principalOfUser(user: Item | undefined): Principal | undefined {
  if (!user || user.active === false) return undefined;
  return { kind: 'user', id: user.id, email: user.email, name: user.name, assignments: user.assignments ?? [] };
}
