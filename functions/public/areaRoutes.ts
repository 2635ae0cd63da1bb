/**
 * The public routes of the social spaces', quarters' and centres' pages (areaPages.ts), finding a
 * resident's quarter by address or point, and the published results as open data (openData.ts).
 * A preview of an unpublished profile is never cached by anyone.
 * Access patterns: those of areaPages.ts and openData.ts; 18, 19 (boundaries, for a point).
 */
import { findStreet } from '../../shared/domain/streets.ts';
import { assign } from '../../shared/geo/areas.ts';
import { ownPublicFace } from '../../shared/tenancy/facts.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { areaPage, centrePage } from './areaPages.ts';
import { publicCatalogue } from './catalogue.ts';
import { openDataImpls } from './openData.ts';

async function page(call: Call, level: 'socialSpace' | 'quarter') {
  const [catalogue, face] = await Promise.all([publicCatalogue(call.deps.repo, call.deps.now()), ownPublicFace(call.deps.repo)]);
  const body = await areaPage({ repo: call.deps.repo, catalogue, now: call.deps.now(), level, id: call.params.id, levels: face.levels, previewToken: call.query.preview });
  if (!body) throw problems.notFound(`No ${level === 'quarter' ? 'quarter' : 'social space'} '${call.params.id}'`);
  // A draft is for the one who asked for the preview: no shared cache may keep it.
  return body.preview ? { body, headers: { 'Cache-Control': 'no-store' } } : { body };
}

export const areaImpls: Record<string, Impl> = {
  getPublicSocialSpacePage: (call) => page(call, 'socialSpace'),
  getPublicQuarterPage: (call) => page(call, 'quarter'),
  getPublicCentre: async (call) => {
    const body = centrePage(await publicCatalogue(call.deps.repo, call.deps.now()), call.params.id, call.deps.now());
    if (!body) throw problems.notFound(`No centre '${call.params.id}'`);
    return { body };
  },
  locatePublic: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const spaceName = new Map(catalogue.socialSpaces.map((s) => [s.id, s.name]));
    if (call.query.address) {
      const found = findStreet(catalogue.quarters, call.query.address);
      return {
        body: {
          matches: found.map(({ area, street }) => ({ quarterId: area.id, quarterName: area.name, socialSpaceId: area.socialSpaceId, socialSpaceName: spaceName.get(area.socialSpaceId) ?? '', street })),
        },
      };
    }
    const at = await assign(call.deps.repo, { lat: call.query.lat, lng: call.query.lng }, berlinToday(call.deps.now()));
    const quarter = at.quarterId ? catalogue.quarters.find((q) => q.id === at.quarterId) : undefined;
    const socialSpaceId = quarter?.socialSpaceId ?? at.socialSpaceId;
    if (!socialSpaceId || !spaceName.has(socialSpaceId)) return { body: { matches: [] } };
    return { body: { matches: [{ ...(quarter ? { quarterId: quarter.id, quarterName: quarter.name } : {}), socialSpaceId, socialSpaceName: spaceName.get(socialSpaceId)! }] } };
  },
  ...openDataImpls,
};
