/** District (Stadtbezirk): one of Hamm's 7 political districts. */
import * as z from 'zod';
import { entitySchemas, NonEmpty } from './common.ts';

export const district = entitySchemas({
  name: NonEmpty(100),
  description: z.string().max(2000).optional(),
});
export type District = z.infer<typeof district.entity>;
