/**
 * Each tenant's requests and mails, counted for the operator (pattern P5): in memory per container,
 * added to the month's counters at most once a minute, so counting costs no write per request. A
 * container that stops loses at most a minute of counts: usage is for fair use and billing figures,
 * not for accounting to the request.
 */
import { addUsage, type UsageCounts } from '../../shared/db/platformStore.ts';
import { monthOf } from '../../shared/time/months.ts';
import { now, nowMs } from '../../shared/time/clock.ts';
import { getDeps } from './deps.ts';
import { logger } from './logger.ts';

const FLUSH_MS = 60_000;
const pending = new Map<string, Required<UsageCounts>>();
let flushedAt = nowMs();

export async function countUsage(tenant: string, kind: keyof UsageCounts, n = 1): Promise<void> {
  const counts = pending.get(tenant) ?? { requests: 0, mails: 0 };
  counts[kind] += n;
  pending.set(tenant, counts);
  if (nowMs() - flushedAt >= FLUSH_MS) await flushUsage();
}

/** Adds what was counted to the month's counters; a failure keeps the counts for the next flush. */
export async function flushUsage(): Promise<void> {
  flushedAt = nowMs();
  const month = monthOf(now());
  for (const [tenant, counts] of [...pending]) {
    pending.delete(tenant);
    try {
      await addUsage(getDeps().repo, tenant, month, counts);
    } catch (error) {
      const kept = pending.get(tenant) ?? { requests: 0, mails: 0 };
      pending.set(tenant, { requests: kept.requests + counts.requests, mails: kept.mails + counts.mails });
      logger.warn('usage not recorded', { tenant, error: error as Error });
    }
  }
}
