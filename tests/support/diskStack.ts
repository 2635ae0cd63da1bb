/**
 * A stack whose DynamoDB Local may be killed: its own engine on disk (the run's shared one is in
 * memory and must live), the handlers and the local server on it, Hamm's smallest data and an admin's
 * token. `restartDynamo` starts the engine again on the same files and port; `close` removes it all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { signIn } from '../../infra/local/cognito.ts';
import { ensureTable, startDynamoLocal, type DynamoLocal } from '../../infra/local/dynamodb.ts';
import { freePort } from '../../infra/local/ports.ts';
import { startLocalServer } from '../../infra/local/server.ts';
import { configureHandlers, DEFAULT_DEMO_PASSWORD } from '../../infra/local/stack.ts';
import { ADMIN, seedMinimal } from './api.ts';

export interface DiskStack {
  table: string;
  dynamo: DynamoLocal;
  repo: ReturnType<typeof configureHandlers>;
  server: Awaited<ReturnType<typeof startLocalServer>>;
  token: string;
  restartDynamo(): Promise<DynamoLocal>;
  close(): Promise<void>;
}

export async function startDiskStack(table: string): Promise<DiskStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ddb-${table}-`));
  const port = await freePort();
  const dynamo = await startDynamoLocal({ port, dbPath: dir });
  await ensureTable(dynamo.endpoint, table);
  const pool = inject('pool');
  const repo = configureHandlers({ dynamoEndpoint: dynamo.endpoint, tableName: table, pool, cognitoEndpoint: inject('cognitoEndpoint') });
  await seedMinimal(repo);
  const server = await startLocalServer({ port: 0, config: {} });
  const token = await signIn(inject('cognitoEndpoint'), pool.userPoolClientId, ADMIN, DEFAULT_DEMO_PASSWORD);
  const stack: DiskStack = {
    table, dynamo, repo, server, token,
    restartDynamo: async () => (stack.dynamo = await startDynamoLocal({ port, dbPath: dir })),
    close: async () => {
      await server.close();
      await stack.dynamo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return stack;
}
