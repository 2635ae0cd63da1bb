/**
 * The public profiles of social spaces and quarters: a quarter's profile lies in its social space;
 * publishing copies the draft into `published` (the version counts up, audited as an update of the
 * profile), taking it back removes the copy; a preview link shows the draft on the public page for an hour; photos are resized and
 * stripped of their metadata before they are stored (shared/media).
 * Trigger: API Gateway REST routes of group `spatial` (area-profiles, photos).
 * Access patterns: 1 (the profile, the quarter), 3 (a space's profiles, through the guard of 5).
 */
import { IntegrityError } from '../../shared/db/errors.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { signPreview } from '../../shared/domain/previewLink.ts';
import { linkSecret, publicUrl } from '../../shared/runtimeConfig.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { PHOTO_MAX_EDGE } from '../../shared/media/limits.ts';
import { photoUrl } from '../../shared/media/photoUrl.ts';
import { HttpProblem } from '../http/problem.ts';
import { areaOfProfile } from '../../shared/domain/profileArea.ts';
import type { Call, Impl } from '../http/types.ts';
import { ifMatchVersion } from '../http/crud.ts';
import { trackedTexts } from '../http/translations.ts';
import { profileTexts } from '../../shared/domain/staffTexts.ts';

/** A quarter's profile belongs to the quarter's own social space. */
export async function profileFits(call: Call, data: Item) {
  if (!data.quarterId) return;
  const [quarter] = await call.deps.repo.batchGet(entities.quarter, [data.quarterId]);
  if (quarter && quarter.socialSpaceId !== data.socialSpaceId)
    throw new IntegrityError(`Quarter '${quarter.id}' lies in social space '${quarter.socialSpaceId}'`, [{ pointer: '/quarterId', detail: `Das Quartier ${quarter.name} liegt in einem anderen Sozialraum` }]);
}

const trackProfileTexts = trackedTexts(profileTexts);

/** One profile per social space and per quarter (the area is its natural key); its texts' translations tracked like an offer's. */
export const profileDerived = async (call: Call, data: Item) => ({ area: areaOfProfile(data as { socialSpaceId: string; quarterId?: string }), ...(await trackProfileTexts(call, data)) });

/** The page a profile belongs to, in the finder (the path form for a tenant without a host of its own). */
const pageOf = (profile: Item) =>
  `${publicUrl()}/angebote/?seite=${profile.quarterId ? 'quartier' : 'sozialraum'}&id=${encodeURIComponent(profile.quarterId ?? profile.socialSpaceId)}`;

export const profileImpls: Record<string, Impl> = {
  publishAreaProfile: async (call) => {
    const profile = call.current!;
    const { id, version, createdAt, updatedAt, createdBy, updatedBy, published, ...data } = profile;
    // The translations go with the texts they translate, and with the bookkeeping that dates them.
    const { translations, textVersion, textUpdatedAt, translationStatus } = data;
    const copy = {
      intro: data.intro, strengths: data.strengths, photos: data.photos ?? [], ...(translations ? { translations, textVersion, textUpdatedAt, translationStatus } : {}),
      version: (published?.version ?? 0) + 1, at: call.deps.now().toISOString(), by: call.actor,
    };
    const saved = await call.deps.repo.update(entities.areaProfile, id, { ...data, published: copy }, call.body.version, { actor: call.actor, current: profile });
    return { body: saved };
  },
  unpublishAreaProfile: async (call) => {
    const profile = call.current!;
    const { id, version, createdAt, updatedAt, createdBy, updatedBy, published: _published, ...data } = profile;
    const saved = await call.deps.repo.update(entities.areaProfile, id, data, ifMatchVersion(call) ?? version, { actor: call.actor, current: profile });
    return { body: saved };
  },
  previewAreaProfile: async (call) => {
    const profile = call.current!;
    const { token, expiresAt } = signPreview(profile.id, await linkSecret(), call.deps.now(), currentTenant());
    return { body: { url: `${pageOf(profile)}&vorschau=${encodeURIComponent(token)}`, token, expiresAt } };
  },
  uploadPhoto: async (call) => {
    // Loaded with the first upload only: the image library is large, and no other spatial route needs it.
    const [{ preparePhoto, photoKey, PhotoRejected }, { putPhoto }] = await Promise.all([import('../../shared/media/photo.ts'), import('../../shared/media/photoStore.ts')]);
    let prepared;
    try {
      prepared = await preparePhoto(Buffer.from(call.body.content, 'base64'), { maxEdge: PHOTO_MAX_EDGE });
    } catch (e) {
      if (e instanceof PhotoRejected)
        throw new HttpProblem(422, 'Unprocessable Content', e.message, { type: 'https://hamm.example/problems/photo', errors: [{ pointer: '/body/content', detail: e.message }] });
      throw e;
    }
    const key = photoKey(prepared.bytes);
    await putPhoto(currentTenant(), key, prepared.bytes, prepared.contentType);
    return { status: 201, body: { key, url: photoUrl(key), width: prepared.width, height: prepared.height } };
  },
};
