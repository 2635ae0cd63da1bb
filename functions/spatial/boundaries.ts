/**
 * Area boundaries: versions, the location of a point, and the list of centres and offers whose
 * coordinates lie outside the social space they state. (The import is a function of its own:
 * functions/boundaries, with the reprojection and polygon checks only it needs.)
 * Access patterns: 2 (centres, offers), 18 (versions), 19 (shapes).
 */
import { listBoundaryVersions } from '../../shared/db/boundaryStore.ts';
import { entities } from '../../shared/entities.ts';
import { assign, boundariesOn } from '../../shared/geo/areas.ts';
import { locate } from '../../shared/geo/locate.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { BOUNDARY_LEVELS } from '../../shared/schemas/values.ts';
import type { BoundaryVersionFilter } from '../../shared/contract/routes/spatial.ts';
import { pageReply, parseFilter, parseListParams } from '../http/listing.ts';
import type { Impl } from '../http/types.ts';


export const boundaryImpls: Record<string, Impl> = {
  listBoundaryVersions: async (call) => {
    const { range, filter } = parseListParams(call.query);
    const only = parseFilter(call.route.filter as typeof BoundaryVersionFilter, filter).level;
    const levels = only ? [only] : BOUNDARY_LEVELS;
    const all = (await Promise.all(levels.map((l) => listBoundaryVersions(call.deps.repo, l)))).flat();
    return pageReply('boundary-versions', all, range);
  },
  locate: async (call) => ({ body: await assign(call.deps.repo, { lat: call.query.lat, lng: call.query.lng }, berlinToday(call.deps.now())) }),
  listLocationMismatches: async (call) => {
    const { repo } = call.deps;
    const { range } = parseListParams(call.query);
    const today = berlinToday(call.deps.now());
    const [spaces, quarters, centres, offers] = await Promise.all([
      boundariesOn(repo, 'social-spaces', today),
      boundariesOn(repo, 'quarters', today),
      repo.listAll(entities.centre),
      repo.listAll(entities.offer),
    ]);
    type Placed = { type: 'centre' | 'offer'; record: { id: string }; name: string; geo: { lat: number; lng: number }; stated: string[] };
    const placed: Placed[] = [
      ...centres.flatMap((c) => (c.geo ? [{ type: 'centre' as const, record: c, name: c.name, geo: c.geo, stated: [c.socialSpaceId] }] : [])),
      ...offers.flatMap((o) => (o.location?.geo ? [{ type: 'offer' as const, record: o, name: o.title, geo: o.location.geo, stated: o.socialSpaceIds }] : [])),
    ];
    const rows = placed.flatMap((r) => {
      const located = locate(r.geo, spaces.shapes);
      if (!spaces.shapes.length || (located && r.stated.includes(located))) return [];
      return [{ id: `${r.type}:${r.record.id}`, type: r.type, recordId: r.record.id, name: r.name, geo: r.geo, statedSocialSpaceIds: r.stated, locatedSocialSpaceId: located, locatedQuarterId: locate(r.geo, quarters.shapes) }];
    });
    rows.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'de'));
    return pageReply('location-mismatches', rows, range);
  },
};

