/**
 * Partner writes with an `Idempotency-Key` header: Powertools idempotency with its DynamoDB
 * persistence layer on the one table (access pattern 10). A retry returns the first reply and
 * creates nothing twice; the same key with another body is refused.
 */
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyPersistenceLayerError,
  IdempotencyValidationError,
} from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import { createHash } from 'node:crypto';
import { keys } from '../../shared/db/keys.ts';
import { UnavailableError } from '../../shared/db/errors.ts';
import { HttpProblem } from './problem.ts';
import type { Call, Reply } from './types.ts';

let persistence: DynamoDBPersistenceLayer | undefined;

function store(call: Call): DynamoDBPersistenceLayer {
  persistence ??= new DynamoDBPersistenceLayer({
    tableName: call.deps.repo.table,
    awsSdkV3Client: call.deps.raw,
    staticPkValue: keys.idempotencyPartition,
    ...keys.idempotencyAttributes,
  });
  return persistence;
}

const config = new IdempotencyConfig({
  eventKeyJmesPath: 'key',
  payloadValidationJmesPath: 'bodyHash',
  expiresAfterSeconds: 24 * 3600,
});

export async function withIdempotency(call: Call, context: Context, run: () => Promise<Reply>): Promise<Reply> {
  const key = `${call.actor}|${call.route.method}|${call.event.path}|${call.headers['idempotency-key']}`;
  const bodyHash = createHash('sha256').update(JSON.stringify(call.body ?? null)).digest('hex');
  const fn = makeIdempotent(async (_req: { key: string; bodyHash: string }) => run(), { persistenceStore: store(call), config });
  if (context && typeof context.getRemainingTimeInMillis === 'function') config.registerLambdaContext(context);
  try {
    return await fn({ key, bodyHash });
  } catch (err) {
    if (err instanceof IdempotencyAlreadyInProgressError)
      throw new HttpProblem(409, 'Conflict', 'A request with this Idempotency-Key is still in progress; retry shortly');
    if (err instanceof IdempotencyValidationError)
      throw new HttpProblem(409, 'Conflict', 'This Idempotency-Key was used with a different request body');
    if (err instanceof IdempotencyPersistenceLayerError) throw new UnavailableError(err);
    throw err;
  }
}
