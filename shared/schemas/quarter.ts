/** Quarter (Quartier): lies in exactly one district and one social space, and where the tenant has that level, in one of the space's planning areas. */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const quarter = entitySchemas({
  name: NonEmpty(100),
  socialSpaceId: Id,
  districtId: Id,
  planningAreaId: Id.optional(),
});
export type Quarter = z.infer<typeof quarter.entity>;
