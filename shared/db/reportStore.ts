/** The monthly report items (patterns 11, 12). */
import { accessPatterns } from './accessPatterns.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import type { Item } from '../entities.ts';


/**
 * The monthly report's delivery (pattern 11): claimed and recorded by the exactly-once delivery
 * (deliveryStore.ts), with its recipients, figures and HTML kept on the item and listed by pattern 12.
 */
export function reportDelivery(month: string, kept: { recipients: string[]; snapshot: unknown; html: string }) {
  return {
    key: keys.report(month),
    audit: { entityType: 'report', entityId: month },
    fields: { month, ...kept, GSI1PK: keys.reportCollection().GSI1PK, GSI1SK: month, _type: 'report' },
  };
}

/** All reports, newest first, without their HTML and figures (pattern 12). */
export async function listReports(repo: Repository): Promise<Item[]> {
  const items = await repo.queryAll<Item>(accessPatterns.reports());
  return items.map(({ html, snapshot, attemptId, ...summary }) => ({ id: summary.month, ...summary }));
}

/** One report with its HTML and figures (pattern 11). */
export async function getReport(repo: Repository, month: string): Promise<Item | undefined> {
  const item = await repo.getRaw(keys.report(month));
  if (!item) return undefined;
  const { PK, SK, GSI1PK, GSI1SK, _type, attemptId, ...rest } = item;
  return { id: month, ...rest };
}
