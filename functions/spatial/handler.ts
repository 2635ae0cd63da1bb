/**
 * Spatial structure: districts, social spaces, planning areas, quarters, community centres, and their boundaries
 * (boundaries.ts: import, versions, locating a point, location mismatches); the areas' public profiles
 * (profiles.ts: publication, preview, photos) and the district councils.
 * Trigger: API Gateway REST routes of group `spatial` (shared/contract/routes/spatial.ts).
 * Access patterns: 1 (get), 2 (collections), 3 (quarters/centres by social space), 20 (offers by social space), 5 (guards), 18, 19 (boundaries).
 */
import { IntegrityError } from '../../shared/db/errors.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import type { Call } from '../http/types.ts';
import { httpFunction } from '../http/wrapper.ts';
import { boundaryImpls } from './boundaries.ts';
import { tenantHasLevel } from '../../shared/tenancy/facts.ts';
import { profileDerived, profileFits, profileImpls } from './profiles.ts';
import { confirmTranslation, trackedTexts } from '../http/translations.ts';
import { centreTexts } from '../../shared/domain/staffTexts.ts';

/**
 * Counts of quarters, offers and centres per social space, for the admin list: each counted by
 * DynamoDB in the space's own partition (patterns 3 and 20), never by reading a collection. Until
 * the offers' backfill has finished, offers are counted from their collection, read once.
 */
async function withCounts(call: Call, spaces: Item[]) {
  const { repo } = call.deps;
  let allOffers: Promise<Item[]> | undefined;
  const offersIn = async (id: string) => (await repo.countBySpace(entities.offer, id)) ?? (await (allOffers ??= repo.listAll(entities.offer))).filter((o) => o.socialSpaceIds.includes(id)).length;
  return Promise.all(
    spaces.map(async (s) => {
      const [quarters, offers, centres] = await Promise.all([repo.countChildren(entities.quarter, s.id), offersIn(s.id), repo.countChildren(entities.centre, s.id)]);
      return { ...s, counts: { quarters, offers, centres } };
    }),
  );
}

/** A quarter's district must be one of its social space's districts, and its planning area (if any) one of the space's. */
async function quarterFits(call: Call, data: Item) {
  const [[space], [area]] = await Promise.all([
    call.deps.repo.batchGet(entities.socialSpace, [data.socialSpaceId]),
    call.deps.repo.batchGet(entities.planningArea, data.planningAreaId ? [data.planningAreaId] : []),
  ]);
  const errors = [
    ...(space && !space.districtIds.includes(data.districtId) ? [{ pointer: '/districtId', detail: `Der Stadtbezirk gehört nicht zum Sozialraum ${space.name}` }] : []),
    ...(space && area && area.socialSpaceId !== space.id ? [{ pointer: '/planningAreaId', detail: `Der Planungsraum ${area.name} liegt nicht im Sozialraum ${space.name}` }] : []),
  ];
  if (errors.length) throw new IntegrityError(`Quarter does not fit social space '${space!.id}'`, errors);
}

/**
 * A planning area exists only where the tenant plans in them (its levels), and keeps its social space
 * while quarters lie in it (their social space must stay its).
 */
async function planningAreaFits(call: Call, data: Item) {
  if (!tenantHasLevel('planningArea'))
    throw new IntegrityError('This tenant has no planning areas', [{ pointer: '/socialSpaceId', detail: 'Ihre Kommune plant nicht in Planungsräumen: die Ebene fehlt unter Mandant → Raumebenen' }]);
  // The stored item, with the count of records naming it (refCount, which entities do not show).
  const before = call.params.id ? await call.deps.repo.getRaw(keys.entity('planningArea', call.params.id)) : undefined;
  if (before && before.socialSpaceId !== data.socialSpaceId && (before.refCount ?? 0) > 0)
    throw new IntegrityError(`Planning area '${before.id}' still has quarters in social space '${before.socialSpaceId}'`, [
      { pointer: '/socialSpaceId', detail: 'In diesem Planungsraum liegen noch Quartiere seines Sozialraums; ordnen Sie sie zuerst einem anderen Planungsraum zu' },
    ]);
}

export const handler = httpFunction(() => import('../../shared/contract/routes/spatial.ts'), {
  ...crudImpls(entities.district),
  ...crudImpls(entities.socialSpace, { decorate: withCounts }),
  ...crudImpls(entities.planningArea, { validate: planningAreaFits }),
  ...crudImpls(entities.quarter, { validate: quarterFits }),
  ...crudImpls(entities.centre, { validate: placesWithinSpaces, derive: trackedTexts(centreTexts) }),
  ...crudImpls(entities.areaProfile, { validate: profileFits, derive: profileDerived }),
  confirmCentreTranslation: confirmTranslation(entities.centre),
  confirmAreaProfileTranslation: confirmTranslation(entities.areaProfile),
  ...crudImpls(entities.council),
  ...profileImpls,
  ...boundaryImpls,
});
