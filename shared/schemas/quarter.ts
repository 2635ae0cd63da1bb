/** Quarter (Quartier): lies in exactly one district and one social space, and where the tenant has that level, in one of the space's planning areas. */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const quarter = entitySchemas({
  name: NonEmpty(100),
  socialSpaceId: Id,
  districtId: Id,
  planningAreaId: Id.optional(),
  /**
   * The streets of the quarter (Straßenverzeichnis), so a resident's address finds their quarter's
   * page. A street that crosses quarters is named in each; the resident then chooses.
   */
  streets: z.array(NonEmpty(100)).max(1500).default([]),
});
export type Quarter = z.infer<typeof quarter.entity>;
