/**
 * Nothing is served until the table's keys carry tenants (shared/db/tenantMigration.ts): before the
 * migration's marker (P3) exists, a read would find nothing and a write would land beside the data
 * it belongs to. The authorizer lets requests through to this answer (an authorizer can only say
 * 401 or 403, and "signed out" would be wrong); the wrapper answers 503 with a German reason.
 * Checked once per container until it holds, then never again.
 */
import { migrationDone } from '../../shared/db/platformStore.ts';
import { TENANT_KEYS_MIGRATION } from '../../shared/db/tenantMigration.ts';
import { getDeps } from './deps.ts';
import { HttpProblem } from './problem.ts';

let migrated = false;

export async function keysMigrated(): Promise<boolean> {
  return (migrated ||= await migrationDone(getDeps().repo, TENANT_KEYS_MIGRATION));
}

export async function assertInService(): Promise<void> {
  if (!(await keysMigrated()))
    throw new HttpProblem(503, 'Service Unavailable', 'Die Daten werden gerade auf Mandanten umgestellt. Bitte versuchen Sie es in einer Minute noch einmal.');
}
