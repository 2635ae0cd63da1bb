/**
 * Contribution (Meldung): one partner organisation's figure for an indicator with
 * `source: partner`, in one social space and period (e.g. its counselling contacts). The space's
 * value is the sum of the contributions, kept as the measurement (`source: partner`).
 */
import * as z from 'zod';
import { entitySchemas, Figure, Id } from './common.ts';
import { Period } from './measurement.ts';

export const contribution = entitySchemas({
  indicatorId: Id,
  socialSpaceId: Id,
  period: Period,
  organisationId: Id,
  value: Figure,
  note: z.string().max(1000).optional(),
});
export type Contribution = z.infer<typeof contribution.entity>;
