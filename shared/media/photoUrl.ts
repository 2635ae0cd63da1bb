/**
 * Where a stored photo is read: `/photos/<tenant>/<key>` on the public address, served by the CDN
 * from the photo bucket in AWS (infra/stacks/adminSite.ts) and from the photo folder by the local
 * server. Root-relative, so it works at a tenant's own host and in the path form alike.
 */
import { currentTenant } from '../tenancy/scope.ts';

export const PHOTO_PATH = '/photos';
export const photoUrl = (key: string, tenant = currentTenant()) => `${PHOTO_PATH}/${tenant}/${key}`;
