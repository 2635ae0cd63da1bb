/** A fresh table per test file on the run's DynamoDB Local, and a repository over it. */
import { inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createDocumentClient, localDynamoClient } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { ensureTable } from '../../infra/local/dynamodb.ts';

export async function freshTable(now?: () => Date) {
  const endpoint = inject('dynamoEndpoint');
  const table = `test-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, table);
  const raw = localDynamoClient(endpoint);
  const doc = createDocumentClient(raw);
  return { endpoint, table, raw, doc, repo: new Repository(doc, table, now) };
}
