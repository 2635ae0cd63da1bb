/**
 * The operator's whole-table jobs: the one-time move to tenant keys (shared/db/tenantMigration.ts)
 * and the nightly census of each tenant's items (shared/db/census.ts).
 * Triggers: the deployment (a CDK Trigger, invoked asynchronously after the functions are updated,
 * and again whenever this handler changes) for the migration; EventBridge Scheduler nightly,
 * `{ kind: 'census' }`, for the census. Lambda retries a failed invocation twice, and each run of the
 * migration continues where the last stopped. Until its marker (P3) is written, the API answers 503.
 * Access: Scan of the whole table and Put/Update/Delete of every item: the only function allowed either.
 */
import { createDocumentClient, createDynamoClient, tableName } from '../../shared/db/client.ts';
import { migrateToTenantKeys } from '../../shared/db/tenantMigration.ts';
import { takeCensus } from '../../shared/db/census.ts';
import { logger } from '../http/logger.ts';

export async function handler(event: { kind?: 'census' } | null) {
  const doc = createDocumentClient(createDynamoClient());
  if (event?.kind === 'census') {
    const counts = await takeCensus(doc, tableName());
    logger.info('census', { tenants: counts.size });
    return Object.fromEntries(counts);
  }
  const result = await migrateToTenantKeys(doc, tableName());
  logger.info('migration to tenant keys', { ...result });
  return result;
}
