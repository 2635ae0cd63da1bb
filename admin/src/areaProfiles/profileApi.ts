/**
 * The two profile routes beyond CRUD, over the data provider's httpClient (ID token, problem+json
 * turned into German errors): publishing the saved draft, taking it back, and a link that previews it.
 */
import type * as z from 'zod';
import type { PreviewLink } from '../../../shared/contract/routes/spatial';
import type { AreaProfile } from '../../../shared/schemas/areaProfile';
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';

const profileUrl = async (id: string, action: string) => `${(await getConfig()).apiUrl}/area-profiles/${encodeURIComponent(id)}/${action}`;

/** Publishes the profile as stored at `version` (the one the form shows); answers the profile with its new `published`. */
export async function publishProfile(id: string, version: number): Promise<AreaProfile> {
  return (await httpClient(await profileUrl(id, 'publication'), { method: 'POST', body: JSON.stringify({ version }) })).json;
}

/** Takes the published copy off the public page (the draft stays), under the version the form shows. */
export async function unpublishProfile(id: string, version: number): Promise<AreaProfile> {
  return (await httpClient(await profileUrl(id, 'publication'), { method: 'DELETE', headers: new Headers({ 'If-Match': String(version) }) })).json;
}

/** A signed link to the public page showing the saved draft, valid for an hour. */
export async function previewLink(id: string): Promise<z.infer<typeof PreviewLink>> {
  return (await httpClient(await profileUrl(id, 'preview-link'), { method: 'POST' })).json;
}
