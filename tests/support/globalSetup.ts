/**
 * Once per test run: DynamoDB Local (in memory) and cognito-local on free loopback ports,
 * the demo users' pool, and one seeded table that read-mostly test files share.
 * Files that need exact counts make their own table.
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureTable, startDynamoLocal, type DynamoLocal } from '../../infra/local/dynamodb.ts';
import { ensurePool, startCognitoLocal, type CognitoLocal, type LocalPool } from '../../infra/local/cognito.ts';
import { freePort } from '../../infra/local/ports.ts';
import { ROOT } from '../../infra/local/stack.ts';
import { cognitoDirectory } from '../../shared/identity/directory.ts';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { allSeedItems, applySeed } from '../../shared/seed/seed.ts';
import { seedAddressDirectory } from '../../shared/seed/addresses.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { SEED_TODAY } from './constants.ts';
import { setProcessTenant } from '../../shared/tenancy/scope.ts';
import { putTenant } from '../../shared/db/platformStore.ts';
import { musterstadtItems } from '../../shared/seed/musterstadt.ts';
import { demoTenants, inDemoTenant, SECOND_TENANT } from '../../shared/seed/tenants.ts';
import { DEMO_OPERATOR, ensureOperator } from '../../shared/seed/operator.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

let dynamo: DynamoLocal | undefined;
let cognito: CognitoLocal | undefined;
let cognitoDir: string | undefined;

export async function setup(project: TestProject) {
  setProcessTenant(FIRST_TENANT);
  dynamo = await startDynamoLocal({ port: await freePort() });
  cognitoDir = path.join(ROOT, '.data', `test-cognito-${process.pid}`);
  cognito = await startCognitoLocal({ port: await freePort(), dataDir: cognitoDir });
  const pool = await ensurePool(cognito.endpoint);

  const seededTable = 'seeded';
  await ensureTable(dynamo.endpoint, seededTable);
  const raw = localDynamoClient(dynamo.endpoint);
  const directory = cognitoDirectory({ userPoolId: pool.userPoolId, endpoint: cognito.endpoint });
  const repo = new Repository(createDocumentClient(raw), seededTable);
  await applySeed(repo, allSeedItems(SEED_TODAY), { directory, password: DEFAULT_DEMO_PASSWORD });
  // As `npm start` seeds it: the finder's address search goes through house coordinates and point-in-polygon.
  await seedAddressDirectory(repo, 'system:seed');
  // The second tenant shares the table, as in every installation: no Hamm test may see it.
  for (const entry of demoTenants(SEED_TODAY.toISOString())) await putTenant(repo, entry);
  await ensureOperator(repo, directory, DEMO_OPERATOR, DEFAULT_DEMO_PASSWORD);
  await inDemoTenant(SECOND_TENANT, () => applySeed(repo, musterstadtItems(SEED_TODAY), { directory, password: DEFAULT_DEMO_PASSWORD, illustrativeBoundaries: false }));
  raw.destroy();

  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('cognitoEndpoint', cognito.endpoint);
  project.provide('pool', pool);
  project.provide('seededTable', seededTable);
}

export async function teardown() {
  await cognito?.stop();
  await dynamo?.stop();
  if (cognitoDir) rmSync(cognitoDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    cognitoEndpoint: string;
    pool: LocalPool;
    seededTable: string;
  }
}
