/**
 * The natural key of an area profile: the area it is for, `socialSpace:<id>` or `quarter:<id>`, so
 * there is one profile per social space and one per quarter. Written once, zod-free: the spatial
 * function derives it at its cold start's pace, and the seed states it.
 */
export const areaOfProfile = (p: { socialSpaceId: string; quarterId?: string }) => (p.quarterId ? `quarter:${p.quarterId}` : `socialSpace:${p.socialSpaceId}`);
