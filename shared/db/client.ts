/**
 * The DynamoDB document client. One per process (Lambda container or local server).
 *
 * Bounded (issue 35): every call, its retries included, ends within DEPENDENCY_DEADLINE_MS, and the
 * HTTP layer answers 503 with Retry-After (functions/http/problem.ts). The SDK's own timeouts are per
 * attempt only: with 3 attempts of 5 s a hanging database held a request 15 s (and the SDK before
 * throwOnRequestTimeout only warned, so it hung for good). So each attempt has ATTEMPT_TIMEOUT_MS, and
 * each `send` carries an abort signal that fires at the deadline, also during the retries' backoff.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { boundedClientConfig, withDeadline } from '../boundedClients.ts';
import { TABLE_NAME_DEFAULT } from './tableDefinition.ts';

export { withDeadline };

export function createDynamoClient(overrides: DynamoDBClientConfig = {}): DynamoDBClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return withDeadline(
    new DynamoDBClient({
      ...(endpoint
        ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
      // Per attempt: ATTEMPT_TIMEOUT_MS; the handler's options, not a handler (no second copy in each bundle).
      ...boundedClientConfig(),
      ...overrides,
    }),
  );
}

/** A client for DynamoDB Local at `endpoint` (dummy credentials; the local engine ignores them). */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return createDynamoClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

/** The document client has its own `send` (over the same handler): it gets the deadline too. */
export function createDocumentClient(client: DynamoDBClient = createDynamoClient()): DynamoDBDocumentClient {
  return withDeadline(
    DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    }),
  );
}

export function tableName(): string {
  return process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT;
}
