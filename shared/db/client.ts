/**
 * The DynamoDB document client. One per process (Lambda container or local server).
 * Short timeouts make an unreachable database fail fast with a 503 instead of hanging.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_NAME_DEFAULT } from './tableDefinition.ts';

export function createDynamoClient(overrides: DynamoDBClientConfig = {}): DynamoDBClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return new DynamoDBClient({
    ...(endpoint
      ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 3,
    // The handler's options, not a handler: the SDK makes its own (no second copy of it in each
    // bundle). Without throwOnRequestTimeout a request past its timeout only logs a warning.
    requestHandler: { connectionTimeout: 1000, requestTimeout: 5000, throwOnRequestTimeout: true },
    ...overrides,
  });
}

/** A client for DynamoDB Local at `endpoint` (dummy credentials; the local engine ignores them). */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return createDynamoClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

export function createDocumentClient(client: DynamoDBClient = createDynamoClient()): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}

export function tableName(): string {
  return process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT;
}
