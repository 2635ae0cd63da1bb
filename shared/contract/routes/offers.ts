/**
 * Routes of the offers function: offers for clerks and partners, the "still current" review, and
 * the reminder's link that confirms an offer without signing in.
 */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { offer } from '../../schemas/offer.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ReviewBody, type Route } from './route.ts';

/** A "still current" link's token (shared/domain/offerLink.ts). */
const LinkParams = z.strictObject({ token: z.string().min(10).max(600) });

export const routes: Route[] = [
  ...crud(entities.offer, offer, 'offers'),
  {
    method: 'POST', path: `${API_BASE}/offers/{id}/review`, fn: 'offers', operationId: 'reviewOffer',
    summary: 'Confirm that an offer is still current (sets reviewedAt)', auth: 'clerk',
    permission: { resource: 'offers', action: 'update' }, params: IdParams, body: ReviewBody, response: offer.entity, entity: 'offer', bodyIsAction: true,
  },
  {
    method: 'GET', path: `${API_BASE}/offer-confirmations/{token}`, fn: 'offers', operationId: 'showOfferConfirmation',
    summary: 'The page behind a reminder\'s "still current" link: names the offer and asks to confirm (a GET changes nothing, so link scanners cannot confirm)', auth: 'none', params: LinkParams, produces: 'text/html', pageStatuses: [400, 409, 410],
  },
  {
    method: 'POST', path: `${API_BASE}/offer-confirmations/{token}`, fn: 'offers', operationId: 'confirmOfferByLink',
    summary: 'Confirms the offer of a "still current" link without signing in (signed, bound to the offer version, 14 days, once); audited as link:<offer>', auth: 'none', params: LinkParams, produces: 'text/html', pageStatuses: [400, 409, 410],
    rules: ['A tampered link is 400, an expired one 410, a used one or a changed offer 409, each with a German page that changes nothing.'],
  },
];
