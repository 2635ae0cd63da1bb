/**
 * Planning area (Planungsraum): a level between social space and quarter that some municipalities
 * plan in (Musterstadt: Stadtbezirk / Sozialraum / Planungsraum / Quartier). Lies in one social
 * space; its quarters name it. A tenant whose levels (shared/schemas/tenant.ts) lack it has none.
 */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const planningArea = entitySchemas({
  name: NonEmpty(100),
  socialSpaceId: Id,
  description: z.string().max(2000).optional(),
});
export type PlanningArea = z.infer<typeof planningArea.entity>;
