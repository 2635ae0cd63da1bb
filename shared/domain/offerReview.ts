/** When an offer counts as no longer confirmed current: the rule of the "still current" reviews. */
import type { Item } from '../entities.ts';

/** An offer unreviewed for longer than this is stale: listed for review and reminded of. */
export const STALE_AFTER_DAYS = 183;

export function isStale(offer: Item, now: Date): boolean {
  if (!offer.reviewedAt) return true;
  return now.getTime() - Date.parse(offer.reviewedAt) > STALE_AFTER_DAYS * 86400000;
}
