/** Quarter (Quartier): lies in exactly one district and one social space. */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const quarter = entitySchemas({
  name: NonEmpty(100),
  socialSpaceId: Id,
  districtId: Id,
});
export type Quarter = z.infer<typeof quarter.entity>;
