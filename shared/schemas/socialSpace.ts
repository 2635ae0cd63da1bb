/**
 * Social space (Sozialraum): the unit neighbourhood work is planned in. Not a strict tree:
 * one social space may span several districts (Hammer Norden: 2, Hammer Westen: 3).
 */
import * as z from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const socialSpace = entitySchemas(
  {
    name: NonEmpty(100),
    districtIds: z.array(Id).min(1).max(7),
    description: z.string().max(2000).optional(),
  },
  {
    // Filled in by list/get responses for the admin UI; never stored.
    readonly: {
      counts: z.object({ quarters: z.number(), offers: z.number(), centres: z.number() }).optional(),
    },
  },
);
export type SocialSpace = z.infer<typeof socialSpace.entity>;
