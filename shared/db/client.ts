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
import { ATTEMPT_TIMEOUT_MS, CONNECT_TIMEOUT_MS, DEPENDENCY_DEADLINE_MS } from '../dependencyLimits.ts';
import { TABLE_NAME_DEFAULT } from './tableDefinition.ts';

type Sends = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown> };

/**
 * Gives every call of `client` the deadline, unless the caller brought its own signal. On the
 * instance, not by middleware: the SDK hands its HTTP handler only the signal given to `send`.
 */
export function withDeadline<C>(client: C, deadlineMs = DEPENDENCY_DEADLINE_MS): C {
  const c = client as unknown as Sends;
  const send = c.send.bind(c);
  c.send = (command, options) => send(command, { ...options, abortSignal: options?.abortSignal ?? AbortSignal.timeout(deadlineMs) });
  return client;
}

export function createDynamoClient(overrides: DynamoDBClientConfig = {}): DynamoDBClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return withDeadline(
    new DynamoDBClient({
      ...(endpoint
        ? { endpoint, region: process.env.AWS_REGION ?? 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
      maxAttempts: 3,
      // The handler's options, not a handler: the SDK makes its own (no second copy of it in each
      // bundle). Without throwOnRequestTimeout a request past its timeout only logs a warning.
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: ATTEMPT_TIMEOUT_MS, throwOnRequestTimeout: true },
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
