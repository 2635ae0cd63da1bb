/**
 * The public catalogue: every published offer as residents see it, with organisation and centre
 * names resolved, held in the container for `PUBLIC_CACHE_SECONDS` (default 60, the same as the
 * responses' `Cache-Control`).
 *
 * A container that needs it reads the stored snapshot (patterns 25, 26: shared/db/catalogueStore.ts)
 * and the records changed since (from the audit of those months), not every offer: the first request
 * of a container stays short as the catalogue grows. When the snapshot is missing or outdated, or
 * many changes have gathered, the container stores what it built as the new snapshot, so the next
 * container starts from there. Only the very first load of a table, or one after a week without any
 * public request, reads every offer.
 *
 * Access patterns: 25, 26 (the snapshot), 7 (changes since), 1 (the changed records, batched);
 * 2 (offers, organisations, centres, social spaces, quarters) only without a usable snapshot.
 */
import { currentTenant } from '../../shared/tenancy/scope.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { changedSince, readCatalogueSnapshot, writeCatalogueSnapshot } from '../../shared/db/catalogueStore.ts';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import { nextOccurrences } from '../../shared/domain/schedule.ts';
import { berlinTime, berlinToday } from '../../shared/time/months.ts';
import type { Offer, PublicOffer, PublicOfferView } from '../../shared/schemas/offer.ts';
import { logger } from '../http/logger.ts';

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
/** Per table and tenant: a container serves one table and many tenants; the bench and tests use several tables. */
const cache = new Map<string, { at: number; value: Promise<Catalogue> }>();
const cacheKey = (repo: { table: string }) => `${repo.table}|${currentTenant()}`;

export function publicCatalogue(repo: Repository, now: Date): Promise<Catalogue> {
  const cached = cache.get(cacheKey(repo));
  if (cached && now.getTime() - cached.at < ttlMs()) return cached.value;
  const value = load(repo, now);
  cache.set(cacheKey(repo), { at: now.getTime(), value });
  // A failed load must not be served for a minute.
  value.catch(() => {
    if (cache.get(cacheKey(repo))?.value === value) cache.delete(cacheKey(repo));
  });
  return value;
}

/** What the catalogue is built from, as stored in the snapshot: offers in their public projection, drafts left out. */
interface Sources {
  offers: PublicOffer[];
  organisations: Item[];
  centres: Item[];
  socialSpaces: Item[];
  quarters: Item[];
}
const SOURCES: Record<keyof Sources, EntityDef> = { offers: entities.offer, organisations: entities.organisation, centres: entities.centre, socialSpaces: entities.socialSpace, quarters: entities.quarter };
const SOURCE_TYPES = Object.values(SOURCES).map((d) => d.type);

/** Changes before this much ahead of a load count as in it: writers' clocks and the audit index may lag. */
const MARGIN_MS = 2 * 60_000;
/** A snapshot is rewritten once this many records changed since it, or once it is this old. */
const REWRITE_AFTER_CHANGES = 50;
const REWRITE_AFTER_MS = 60 * 60_000;

async function load(repo: Repository, now: Date): Promise<Catalogue> {
  // The public projection is defined by the offer's schema; the contract has loaded it by now.
  const { toPublicOffer } = await import('../../shared/schemas/offer.ts');
  const project = (key: keyof Sources, item: Item): Item | undefined => (key !== 'offers' ? item : item.status === 'draft' ? undefined : toPublicOffer(item as Offer));
  const snapshot = await readCatalogueSnapshot<Sources>(repo, now);
  const stored = snapshot?.data;
  const changed = stored ? await changedSince(repo, snapshot.asOf, now, SOURCE_TYPES) : undefined;
  const sources = stored && changed ? await withChanges(repo, stored, changed, project) : await readAll(repo, project);
  if (!changed || changed.length >= REWRITE_AFTER_CHANGES || now.getTime() - Date.parse(snapshot!.asOf) > REWRITE_AFTER_MS) {
    // A failed write costs the next container a longer start, never this request.
    await writeCatalogueSnapshot(repo, sources, { asOf: new Date(now.getTime() - MARGIN_MS).toISOString(), replaces: snapshot?.build, now }).catch((err) =>
      logger.warn('catalogue snapshot not stored', { error: err }),
    );
  }
  return build(sources, now);
}

async function readAll(repo: Repository, project: (key: keyof Sources, item: Item) => Item | undefined): Promise<Sources> {
  const keys = Object.keys(SOURCES) as (keyof Sources)[];
  const lists = await Promise.all(keys.map((key) => repo.listAll(SOURCES[key])));
  return Object.fromEntries(keys.map((key, i) => [key, lists[i].map((item) => project(key, item)).filter((x) => x !== undefined)])) as unknown as Sources;
}

/** The snapshot with each changed record read again: replaced, added, or gone if deleted (or, for an offer, now a draft). */
async function withChanges(repo: Repository, stored: Sources, changed: Array<{ type: string; id: string }>, project: (key: keyof Sources, item: Item) => Item | undefined): Promise<Sources> {
  const out = { ...stored };
  for (const key of Object.keys(SOURCES) as (keyof Sources)[]) {
    const ids = changed.filter((c) => c.type === SOURCES[key].type).map((c) => c.id);
    if (!ids.length) continue;
    const current = (await repo.batchGet(SOURCES[key], ids)).map((item) => project(key, item)).filter((x) => x !== undefined);
    const gone = new Set(ids);
    (out[key] as Item[]) = [...(stored[key] as Item[]).filter((item) => !gone.has(item.id)), ...current];
  }
  return out;
}

function build({ offers, organisations, centres, socialSpaces, quarters }: Sources, now: Date): Catalogue {
  const orgName = new Map(organisations.map((o) => [o.id, o.name as string]));
  const centreOf = new Map(centres.map((c) => [c.id, c]));
  const today = berlinToday(now);
  // The catalogue lives a minute: a slot that closed within it is shown at most that much longer.
  const nowTime = berlinTime(now);
  const listed = offers
    .map((o): PublicOfferView => {
      const c = o.centreId ? centreOf.get(o.centreId) : undefined;
      return {
        ...o,
        ...(orgName.has(o.organisationId) ? { organisationName: orgName.get(o.organisationId) } : {}),
        ...(c ? { centre: { id: c.id, name: c.name, ...(c.address ? { address: c.address } : {}), ...(c.accessibility ? { accessibility: c.accessibility } : {}), ...(c.geo ? { geo: c.geo } : {}) } } : {}),
        nextDates: nextOccurrences(o.schedules ?? [], today, { count: 3, startOf: o.validFrom ?? today, nowTime }).filter((d) => !o.validUntil || d.date <= o.validUntil),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const views = listed.filter((o) => o.status === 'published' && (!o.validUntil || o.validUntil >= today));
  return { offers: views, listed, byId: new Map(views.map((v) => [v.id, v])), organisations, centres, socialSpaces, quarters, loadedAt: now.getTime() };
}
