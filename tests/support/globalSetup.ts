/**
 * One DynamoDB Local (in memory) per test run; each test file creates its own table.
 * The endpoint reaches the tests through vitest's provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoLocal, type DynamoLocal } from '../../infra/local/dynamodb.ts';
import { freePort } from '../../infra/local/ports.ts';

let dynamo: DynamoLocal | undefined;

export async function setup(project: TestProject) {
  dynamo = await startDynamoLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
