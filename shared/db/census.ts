/**
 * The daily census of each tenant's items and their size (pattern P5), for the operator's usage
 * view: one read of the whole table, counting every item under its tenant prefix. A deploy-time
 * and nightly job with a client of its own (functions/migrate/handler.ts), never a request path.
 * Sizes are the items' JSON length: close to what DynamoDB bills, without reading its metrics per tenant.
 */
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PLATFORM, tenantOfKey } from '../tenancy/tenant.ts';
import { monthOf } from '../time/months.ts';
import { now } from '../time/clock.ts';
import { setCensus } from './platformStore.ts';

export async function takeCensus(doc: DynamoDBDocumentClient, table: string): Promise<Map<string, { items: number; bytes: number }>> {
  const counts = new Map<string, { items: number; bytes: number }>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      const tenant = tenantOfKey(String(item.PK));
      if (!tenant || tenant === PLATFORM) continue;
      const c = counts.get(tenant) ?? { items: 0, bytes: 0 };
      c.items++;
      c.bytes += Buffer.byteLength(JSON.stringify(item));
      counts.set(tenant, c);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  const at = now();
  for (const [tenant, c] of counts) await setCensus({ baseDoc: doc, table }, tenant, monthOf(at), { ...c, countedAt: at.toISOString() });
  return counts;
}
