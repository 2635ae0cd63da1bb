/**
 * Network (Netzwerk): a working group or body (Arbeitskreis, Gremium, Stadtteilkonferenz, …)
 * through which the actors of one or more social spaces work together (Vernetzung).
 */
import * as z from 'zod';
import { Email, entitySchemas, ExternalId, Id, IsoDate, NonEmpty, TargetGroup, Theme } from './common.ts';

export const NetworkKind = z.enum(['working-group', 'committee', 'network', 'district-conference', 'round-table']);
export const Cadence = z.enum(['monthly', 'quarterly', 'half-yearly', 'as-needed']);
export const NetworkStatus = z.enum(['active', 'dormant', 'ended']);

/**
 * A contact person from outside the city administration: kept minimal, and an e-mail address or
 * phone number only with a recorded consent. Audit entries never copy these fields (EntityDef
 * `personalFields`), so removing a contact from the network removes it everywhere.
 */
export const ExternalContact = z
  .strictObject({
    name: NonEmpty(200),
    function: z.string().max(200).optional(),
    organisation: z.string().max(200).optional(),
    email: Email.optional(),
    phone: z.string().max(50).optional(),
    /** Who consented, when and how (e.g. "mündlich am 3.11.2026 gegenüber Frau K."). */
    consentNote: z.string().trim().max(500).optional(),
  })
  .refine((c) => (!c.email && !c.phone) || !!c.consentNote, { path: ['consentNote'], message: 'E-Mail oder Telefon nur mit dokumentierter Einwilligung' });

export const network = entitySchemas(
  {
    name: NonEmpty(200),
    externalId: ExternalId.optional(),
    kind: NetworkKind,
    socialSpaceIds: z.array(Id).min(1).max(9),
    themes: z.array(Theme).max(8).default([]),
    /** Whom the network works for; prevention coordination acts for parents, children and youth. */
    targetGroups: z.array(TargetGroup).max(9).default([]),
    description: z.string().max(4000).optional(),
    /** The user who leads or convenes the network. */
    leadUserId: Id.optional(),
    memberOrganisationIds: z.array(Id).max(50).default([]),
    cadence: Cadence.default('as-needed'),
    status: NetworkStatus.default('active'),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
    contacts: z.array(ExternalContact).max(20).default([]),
    /** Shown on the public pages of its social spaces (name, themes, `publicContact`), while active. */
    public: z.boolean().default(false),
    /** How the public reaches the network: an office or a function, never a private person's data. */
    publicContact: z.string().trim().max(300).optional(),
  },
  {
    check: (n, ctx) => {
      if (n.startDate && n.endDate && n.endDate < n.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ende liegt vor dem Beginn' });
      if (new Set(n.socialSpaceIds).size !== n.socialSpaceIds?.length) ctx.addIssue({ code: 'custom', path: ['socialSpaceIds'], message: 'Sozialraum doppelt genannt' });
    },
  },
);
export type Network = z.infer<typeof network.entity>;
