/** Goal (strategisches Ziel): one of the 4 strategic goals of neighbourhood work. */
import * as z from 'zod';
import { entitySchemas, NonEmpty } from './common.ts';

export const goal = entitySchemas({
  number: z.number().int().min(1).max(99),
  title: NonEmpty(500),
  description: z.string().max(2000).optional(),
});
export type Goal = z.infer<typeof goal.entity>;
