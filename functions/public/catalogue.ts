/**
 * The public catalogue: every published offer as residents see it, with organisation and centre
 * names resolved, held in the container for `PUBLIC_CACHE_SECONDS` (default 60, the same as the
 * responses' `Cache-Control`). So public search and HSDS lists do not read the offer collection on
 * each request as the catalogue grows: one container reads it at most once a minute.
 * Access patterns: 2 (offers, organisations, centres, social spaces, quarters).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { nextOccurrences } from '../../shared/domain/schedule.ts';
import { berlinTime, berlinToday } from '../../shared/time/months.ts';
import type { Offer, PublicOfferView } from '../../shared/schemas/offer.ts';

export interface Catalogue {
  /** Published and not past `validUntil`: what the finder, widget and feeds show. */
  offers: PublicOfferView[];
  /** Every offer but drafts (HSDS shows paused ones as temporarily closed, ended ones as defunct). */
  listed: PublicOfferView[];
  byId: Map<string, PublicOfferView>;
  organisations: Item[];
  centres: Item[];
  socialSpaces: Item[];
  quarters: Item[];
  loadedAt: number;
}

const ttlMs = () => Number(process.env.PUBLIC_CACHE_SECONDS ?? 60) * 1000;
/** Per table: a container serves one, the bench and tests several. */
const cache = new Map<string, { at: number; value: Promise<Catalogue> }>();

export function publicCatalogue(repo: Repository, now: Date): Promise<Catalogue> {
  const cached = cache.get(repo.table);
  if (cached && now.getTime() - cached.at < ttlMs()) return cached.value;
  const value = load(repo, now);
  cache.set(repo.table, { at: now.getTime(), value });
  // A failed load must not be served for a minute.
  value.catch(() => {
    if (cache.get(repo.table)?.value === value) cache.delete(repo.table);
  });
  return value;
}

async function load(repo: Repository, now: Date): Promise<Catalogue> {
  // The public projection is defined by the offer's schema; the contract has loaded it by now.
  const { toPublicOffer } = await import('../../shared/schemas/offer.ts');
  const [offers, organisations, centres, socialSpaces, quarters] = await Promise.all([
    repo.listAll<Offer>(entities.offer),
    repo.listAll(entities.organisation),
    repo.listAll(entities.centre),
    repo.listAll(entities.socialSpace),
    repo.listAll(entities.quarter),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name as string]));
  const centreOf = new Map(centres.map((c) => [c.id, c]));
  const today = berlinToday(now);
  // The catalogue lives a minute: a slot that closed within it is shown at most that much longer.
  const nowTime = berlinTime(now);
  const listed = offers
    .filter((o) => o.status !== 'draft')
    .map((o): PublicOfferView => {
      const c = o.centreId ? centreOf.get(o.centreId) : undefined;
      return {
        ...toPublicOffer(o),
        ...(orgName.has(o.organisationId) ? { organisationName: orgName.get(o.organisationId) } : {}),
        ...(c ? { centre: { id: c.id, name: c.name, ...(c.address ? { address: c.address } : {}), ...(c.accessibility ? { accessibility: c.accessibility } : {}), ...(c.geo ? { geo: c.geo } : {}) } } : {}),
        nextDates: nextOccurrences(o.schedules ?? [], today, { count: 3, startOf: o.validFrom ?? today, nowTime }).filter((d) => !o.validUntil || d.date <= o.validUntil),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const views = listed.filter((o) => o.status === 'published' && (!o.validUntil || o.validUntil >= today));
  return { offers: views, listed, byId: new Map(views.map((v) => [v.id, v])), organisations, centres, socialSpaces, quarters, loadedAt: now.getTime() };
}
