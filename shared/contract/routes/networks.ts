/** Routes of the networks function: networks, meetings, participation activities, open agreements and the network graph. */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { activity } from '../../schemas/activity.ts';
import { Id } from '../../schemas/common.ts';
import { meeting } from '../../schemas/meeting.ts';
import { network } from '../../schemas/network.ts';
import { Month } from '../../schemas/report.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ListQuery, type Route } from './route.ts';

/** One open agreement of a meeting (the follow-up list). */
export const OpenAgreement = z.object({
  id: Id,
  meetingId: Id,
  networkId: Id,
  meetingDate: z.iso.date(),
  socialSpaceIds: z.array(Id),
  text: z.string(),
  ownerOrganisationId: Id.optional(),
  ownerUserId: Id.optional(),
  dueDate: z.iso.date().optional(),
  status: z.literal('open'),
});
export const OpenAgreementFilter = z.strictObject({
  /** Due on or before this day (overdue ones included); undated agreements are left out. */
  dueBefore: z.iso.date().optional(),
  socialSpaceId: z.union([Id, z.array(Id).max(50)]).optional(),
  networkId: Id.optional(),
});

export const NetworkGraphQuery = z.strictObject({
  /** The last month of the window (default: the previous month, Europe/Berlin). */
  until: Month.optional(),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export const NetworkGraph = z.object({
  socialSpaceId: Id,
  from: Month,
  until: Month,
  nodes: z.array(z.object({ id: Id, meetings: z.number().int() })),
  edges: z.array(z.object({ source: Id, target: Id, meetings: z.number().int() })),
  /** Share of organisation pairs that met at least once, in percent (null with fewer than two). */
  density: z.number().nullable(),
});

export const routes: Route[] = [
  ...crud(entities.network, network, 'networks'),
  ...crud(entities.meeting, meeting, 'networks'),
  ...crud(entities.activity, activity, 'networks'),
  {
    method: 'GET', path: `${API_BASE}/open-agreements`, fn: 'networks', operationId: 'listOpenAgreements',
    summary: 'Open agreements from meetings, earliest due date first (the follow-up list)', auth: 'clerk',
    permission: { resource: 'meetings', action: 'read' }, query: ListQuery, response: OpenAgreement, list: true, filter: OpenAgreementFilter,
  },
  {
    method: 'GET', path: `${API_BASE}/social-spaces/{id}/network-graph`, fn: 'networks', operationId: 'getNetworkGraph',
    summary: 'Organisations that met in a social space (nodes) and who met whom (edges), with the density of goal 2', auth: 'clerk',
    permission: { resource: 'networks', action: 'read' }, params: IdParams, query: NetworkGraphQuery, response: NetworkGraph, entity: 'socialSpace',
  },
];
