/**
 * Organisation (Träger): the city itself, free welfare providers (Freie Träger), associations, and
 * political bodies (a district council, a parliamentary group) that take part in networks.
 */
import * as z from 'zod';
import { Contact, entitySchemas, ExternalId, Id, NonEmpty } from './common.ts';

export const OrganisationKind = z.enum(['public', 'free-welfare', 'association', 'political', 'other']);

export const organisation = entitySchemas({
  name: NonEmpty(200),
  externalId: ExternalId.optional(),
  kind: OrganisationKind,
  parentId: Id.optional(),
  contact: Contact.optional(),
  description: z.string().max(2000).optional(),
});
export type Organisation = z.infer<typeof organisation.entity>;
