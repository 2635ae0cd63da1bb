/**
 * Partner writes with an `Idempotency-Key` header: Powertools idempotency with its DynamoDB
 * persistence layer on the one table (access pattern 10). A retry returns the first reply and
 * creates nothing twice; the same key with another body is refused.
 */
import type { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Context } from 'aws-lambda';
import { createHash } from 'node:crypto';
import { keys } from '../../shared/db/keys.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { UnavailableError } from '../../shared/db/errors.ts';
import { HttpProblem } from './problem.ts';
import { IDEMPOTENCY_SECONDS } from './createdOnce.ts';
import type { Call, Reply } from './types.ts';

/**
 * Powertools idempotency (and its JMESPath engine), loaded with the first write that carries a key:
 * most requests carry none, and loading it would cost every cold start of the function.
 */
const powertools = async () => ({ ...(await import('@aws-lambda-powertools/idempotency')), ...(await import('@aws-lambda-powertools/idempotency/dynamodb')) });
type Powertools = Awaited<ReturnType<typeof powertools>>;

let loaded: Promise<{ lib: Powertools; config: InstanceType<Powertools['IdempotencyConfig']> }> | undefined;
/** One persistence layer per tenant: its partition and, in AWS, its scoped client differ. */
const persistence = new Map<string, DynamoDBPersistenceLayer>();

const load = () => (loaded ??= powertools().then((lib) => ({
  lib,
  config: new lib.IdempotencyConfig({ eventKeyJmesPath: 'key', payloadValidationJmesPath: 'bodyHash', expiresAfterSeconds: IDEMPOTENCY_SECONDS }),
})));

function store(lib: Powertools, call: Call): DynamoDBPersistenceLayer {
  const tenant = currentTenant();
  let layer = persistence.get(tenant);
  if (!layer) {
    const { repo, raw } = call.deps;
    layer = new lib.DynamoDBPersistenceLayer({
      tableName: repo.table,
      awsSdkV3Client: repo.scoped ? repo.scoped.raw(tenant) : raw,
      staticPkValue: keys.idempotencyPartition(),
      ...keys.idempotencyAttributes,
    });
    persistence.set(tenant, layer);
  }
  return layer;
}

export async function withIdempotency(call: Call, context: Context, run: () => Promise<Reply>): Promise<Reply> {
  const { lib, config } = await load();
  const { makeIdempotent, IdempotencyAlreadyInProgressError, IdempotencyValidationError, IdempotencyPersistenceLayerError } = lib;
  const key = `${call.actor}|${call.route.method}|${call.event.path}|${call.headers['idempotency-key']}`;
  const bodyHash = createHash('sha256').update(JSON.stringify(call.body ?? null)).digest('hex');
  const fn = makeIdempotent(async (_req: { key: string; bodyHash: string }) => run(), { persistenceStore: store(lib, call), config });
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
