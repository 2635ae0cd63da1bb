/**
 * The public routes of the social spaces', quarters' and centres' pages (areaPages.ts), finding a
 * resident's quarter by address or point, and the published results as open data (openData.ts).
 * An address becomes a point through the address directory (house coordinates), then the point its
 * quarter by point-in-polygon, as "my location" does; the quarters' street lists answer where the
 * directory does not know the street.
 * A preview of an unpublished profile is never cached by anyone.
 * Access patterns: those of areaPages.ts and openData.ts; 18, 19 (boundaries, for a point); 33, 34 (address directory).
 */
import { SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';
import { findStreet } from '../../shared/domain/streets.ts';
import { addressPoints } from '../../shared/geo/addresses.ts';
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
  const body = await areaPage({ repo: call.deps.repo, catalogue, now: call.deps.now(), level, id: call.params.id, levels: face.levels, previewToken: call.query.preview, lang: call.query.lang ?? SOURCE_LANGUAGE });
  if (!body) throw problems.notFound(`No ${level === 'quarter' ? 'quarter' : 'social space'} '${call.params.id}'`);
  // A draft is for the one who asked for the preview: no shared cache may keep it.
  return body.preview ? { body, headers: { 'Cache-Control': 'no-store' } } : { body };
}

export const areaImpls: Record<string, Impl> = {
  getPublicSocialSpacePage: (call) => page(call, 'socialSpace'),
  getPublicQuarterPage: (call) => page(call, 'quarter'),
  getPublicCentre: async (call) => {
    const body = centrePage(await publicCatalogue(call.deps.repo, call.deps.now()), call.params.id, call.deps.now(), call.query.lang ?? SOURCE_LANGUAGE);
    if (!body) throw problems.notFound(`No centre '${call.params.id}'`);
    return { body };
  },
  locatePublic: async (call) => {
    const catalogue = await publicCatalogue(call.deps.repo, call.deps.now());
    const spaceName = new Map(catalogue.socialSpaces.map((s) => [s.id, s.name]));
    const day = berlinToday(call.deps.now());
    /** A point's quarter and social space (point-in-polygon), as the public knows them. */
    const placed = async (point: { lat: number; lng: number }) => {
      const at = await assign(call.deps.repo, point, day);
      const quarter = at.quarterId ? catalogue.quarters.find((q) => q.id === at.quarterId) : undefined;
      const socialSpaceId = quarter?.socialSpaceId ?? at.socialSpaceId;
      if (!socialSpaceId || !spaceName.has(socialSpaceId)) return undefined;
      return { ...(quarter ? { quarterId: quarter.id, quarterName: quarter.name } : {}), socialSpaceId, socialSpaceName: spaceName.get(socialSpaceId)! };
    };
    if (!call.query.address) {
      const match = await placed({ lat: call.query.lat, lng: call.query.lng });
      return { body: { matches: match ? [match] : [] } };
    }
    // The address directory (house coordinates) makes the address a point; where it does not know the street, the quarters' street lists answer.
    const points = await addressPoints(call.deps.repo, call.query.address);
    if (points?.length) {
      const matches = new Map<string, object>();
      for (const p of points) {
        const match = await placed(p);
        const key = match && (match.quarterId ?? match.socialSpaceId);
        if (key && !matches.has(key)) matches.set(key, { ...match, street: p.street, ...(p.houseNumber ? { houseNumber: p.houseNumber } : {}), approximate: p.approximate });
      }
      if (matches.size) return { body: { matches: [...matches.values()] } };
    }
    const found = findStreet(catalogue.quarters, call.query.address);
    return {
      body: {
        matches: found.map(({ area, street }) => ({ quarterId: area.id, quarterName: area.name, socialSpaceId: area.socialSpaceId, socialSpaceName: spaceName.get(area.socialSpaceId) ?? '', street })),
      },
    };
  },
  ...openDataImpls,
};
