/**
 * The boundary import (admins): a GeoJSON FeatureCollection of one level, reprojected, checked
 * feature by feature, and stored as a new version valid from a day. And the address directory's
 * import: the official house coordinates (CSV, UTM32 reprojected), checked row by row.
 * Trigger: API Gateway REST routes of group `boundaries` (POST /v1/boundaries/{level}, POST /v1/address-directory).
 * Access patterns: 2 (the level's areas), 18 (versions), 19 (shapes), 33, 34 (address directory); 5 MB bodies.
 *
 * A function of its own because only the import needs the reprojection and turf's polygon clipping: with
 * them, the spatial function would be half as large again (issue 19).
 */
import { saveAddressVersion } from '../../shared/db/addressStore.ts';
import { saveBoundaryVersion } from '../../shared/db/boundaryStore.ts';
import { entities, type EntityDef } from '../../shared/entities.ts';
import { readAddressCsv } from '../../shared/geo/addressCsv.ts';
import { boundariesOn, forgetBoundaryVersions } from '../../shared/geo/areas.ts';
import { checkImport, type KnownArea } from '../../shared/geo/importChecks.ts';
import type { AddressImport } from '../../shared/schemas/address.ts';
import type { BoundaryImport, BoundaryLevel } from '../../shared/schemas/boundary.ts';
import { AREA_TYPE } from '../../shared/schemas/values.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import { httpFunction } from '../http/wrapper.ts';

export const handler = httpFunction(() => import('../../shared/contract/routes/boundaries.ts'), {
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
  importAddressDirectory: async (call) => {
    const body: AddressImport = call.body;
    const read = readAddressCsv(body.csv);
    if (!read.ok)
      throw new HttpProblem(422, 'Unprocessable Content', `${read.errors.length} row(s) cannot be read`, {
        type: 'https://hamm.example/problems/validation',
        errors: read.errors.map((e) => ({ pointer: `/body/csv/${e.line}${e.column ? `/${e.column}` : ''}`, detail: `Zeile ${e.line}${e.column ? `, Spalte „${e.column}“` : ''}: ${e.detail}` })),
      });
    const version = await saveAddressVersion(call.deps.repo, { source: body.source, licence: body.licence, rows: read.rows, actor: call.actor, at: call.deps.now().toISOString() });
    return { status: 201, body: { version } };
  },
});
