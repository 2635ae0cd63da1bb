/**
 * Table provisioning for DynamoDB Local (npm start, tests, bench): the table from the shared
 * definition, with TTL. In AWS the DataStack creates the same table from the same definition.
 */
import { CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTableInput, tableDefinition } from './tableDefinition.ts';
import { createDocumentClient } from './client.ts';
import { migrateToTenantKeys } from './tenantMigration.ts';

/** Answers once DynamoDB answers at all (a missing table is an answer). */
export async function probe(client: DynamoDBClient): Promise<void> {
  await client.send(new DescribeTableCommand({ TableName: '__probe__' })).catch((e) => {
    if (e.name !== 'ResourceNotFoundException') throw e;
  });
}

/** Creates the table unless it exists. Returns true when created. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (e) {
    if ((e as { name?: string }).name !== 'ResourceNotFoundException') throw e;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true } }));
  // A new table holds nothing from before tenants: its key migration is done.
  await migrateToTenantKeys(createDocumentClient(client), tableName);
  return true;
}
