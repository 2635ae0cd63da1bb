/**
 * Area boundaries: import (admin), versions, the location of a point, and the list of centres and
 * offers whose coordinates lie outside the social space they state.
 * Access patterns: 2 (areas, centres, offers), 18 (versions), 19 (shapes), 1 (a located quarter).
 */
import { saveBoundaryVersion, listBoundaryVersions } from '../../shared/db/boundaryStore.ts';
import { entities, type EntityDef } from '../../shared/entities.ts';
import { assign, boundariesOn, forgetBoundaryVersions } from '../../shared/geo/areas.ts';
import { checkImport, type KnownArea } from '../../shared/geo/importChecks.ts';
import { locate } from '../../shared/geo/locate.ts';
import { berlinToday } from '../../shared/schedule.ts';
import { AREA_TYPE, BoundaryLevel, type BoundaryImport } from '../../shared/schemas/boundary.ts';
import { BoundaryVersionFilter } from '../../shared/routes.ts';
import { pageReply, parseFilter, parseListParams } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import type { Impl } from '../http/types.ts';


export const boundaryImpls: Record<string, Impl> = {
  importBoundaries: async (call) => {
    const level = call.params.level as BoundaryLevel;
    const body: BoundaryImport = call.body;
    const { repo } = call.deps;
    const areas: KnownArea[] = (await repo.listAll(entities[AREA_TYPE[level]] as EntityDef)).map((a) => ({ id: a.id, name: a.name, socialSpaceId: a.socialSpaceId }));
    const spaces = level === 'quarters' ? (await boundariesOn(repo, 'social-spaces', body.validFrom)).shapes : undefined;
    const checked = checkImport(body, level, areas, spaces);
    if (!checked.ok) throw problems.badRequest(`${checked.errors.length} feature(s) cannot be imported`, checked.errors);
    const version = await saveBoundaryVersion(repo, {
      level, validFrom: body.validFrom, source: body.source, licence: body.licence, illustrative: body.illustrative, features: checked.features, actor: call.actor, at: call.deps.now().toISOString(),
    });
    forgetBoundaryVersions();
    return { status: 201, body: { version, missingAreas: checked.missingAreas } };
  },
  listBoundaryVersions: async (call) => {
    const { range, filter } = parseListParams(call.query);
    const only = parseFilter(BoundaryVersionFilter, filter).level;
    const levels = only ? [only] : BoundaryLevel.options;
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

