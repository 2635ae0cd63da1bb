/** Community centre (Stadtteilzentrum): stands in one social space. */
import * as z from 'zod';
import { Address, Contact, entitySchemas, ExternalId, Geo, Id, NonEmpty, Schedule } from './common.ts';

export const centre = entitySchemas({
  name: NonEmpty(200),
  externalId: ExternalId.optional(),
  socialSpaceId: Id,
  quarterId: Id.optional(),
  address: Address,
  geo: Geo.optional(),
  openingHours: z.array(Schedule).max(21).default([]),
  contact: Contact.optional(),
  accessibility: z.string().max(1000).optional(),
});
export type Centre = z.infer<typeof centre.entity>;
