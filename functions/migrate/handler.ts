/**
 * The one-time move of the table to tenant keys (shared/db/tenantMigration.ts).
 * Trigger: the deployment (a CDK Trigger, invoked asynchronously after the functions are updated,
 * and again whenever this handler changes); Lambda retries a failed invocation twice, and each run
 * continues where the last stopped. Until the marker (P3) is written, the API answers 503.
 * Access: Scan of the whole table and Put/Delete of every item: the only function allowed either.
 */
import { createDocumentClient, createDynamoClient, tableName } from '../../shared/db/client.ts';
import { migrateToTenantKeys } from '../../shared/db/tenantMigration.ts';
import { logger } from '../http/logger.ts';

export async function handler() {
  const result = await migrateToTenantKeys(createDocumentClient(createDynamoClient()), tableName());
  logger.info('migration to tenant keys', { ...result });
  return result;
}
