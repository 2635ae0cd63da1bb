/** Target (Zielwert): baseline and target of one indicator in one social space for one year. */
import * as z from 'zod';
import { entitySchemas, Figure, Id } from './common.ts';

export const target = entitySchemas({
  indicatorId: Id,
  socialSpaceId: Id,
  year: z.number().int().min(2000).max(2100),
  baseline: Figure.optional(),
  target: Figure,
});
export type Target = z.infer<typeof target.entity>;
