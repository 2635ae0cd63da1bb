/**
 * Published indicator (veröffentlichte Kennzahl): coordination chooses, per social space, which
 * indicators the public sees, with a sentence of interpretation and the projects (measures) linked to
 * it. Creating one publishes, deleting one unpublishes; both are audited like every write. Without
 * one, an indicator's values appear on no public path.
 */
import * as z from 'zod';
import { entitySchemas, Id } from './common.ts';

export const indicatorPublication = entitySchemas({
  socialSpaceId: Id,
  indicatorId: Id,
  /** One or two sentences on what the figures mean ("Mehr Familien erreicht, seit …"). */
  interpretation: z.string().trim().max(600).optional(),
  /** Measures of the work plan that serve this indicator, shown as its projects. */
  measureIds: z.array(Id).max(10).default([]),
});
export type IndicatorPublication = z.infer<typeof indicatorPublication.entity>;
