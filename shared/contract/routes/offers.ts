/**
 * Routes of the offers function: offers for clerks and partners, the "still current" review, and
 * the reminder's link that confirms an offer without signing in.
 */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { Id } from '../../schemas/common.ts';
import { offer, TranslationCode } from '../../schemas/offer.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, ReviewBody, type Route } from './route.ts';
import { confirmTranslationRoute, TranslationParams } from './translations.ts';

const NO_MACHINE = 'No machine translation here: it exists only in AWS (Amazon Translate), and not for Leichte Sprache; a German reason in `errors`';
const BUDGET = 'The month\'s machine-translation budget (characters) would be exceeded; a German reason in `errors`';

/** A "still current" link's token (shared/domain/offerLink.ts). */
const LinkParams = z.strictObject({ token: z.string().min(10).max(600) });

export const routes: Route[] = [
  ...crud(entities.offer, offer, 'offers'),
  {
    method: 'POST', path: `${API_BASE}/offers/{id}/review`, fn: 'offers', operationId: 'reviewOffer',
    summary: 'Confirm that an offer is still current (sets reviewedAt)', auth: 'clerk',
    permission: { resource: 'offers', action: 'update' }, params: IdParams, body: ReviewBody, response: offer.entity, entity: 'offer', bodyIsAction: true,
  },
  confirmTranslationRoute({ path: 'offers', fn: 'offers', operationId: 'confirmOfferTranslation', noun: 'an offer', resource: 'offers', entity: 'offer', schemas: offer, auth: 'clerk-or-partner' }),
  {
    method: 'POST', path: `${API_BASE}/offers/{id}/translations/{lang}/machine`, fn: 'offers', operationId: 'draftOfferTranslation',
    summary: 'Draft an offer\'s translation by machine (Amazon Translate, in AWS only), marked as machine-translated until a person confirms it', auth: 'clerk',
    permission: { resource: 'offers', action: 'update' }, params: TranslationParams, body: ReviewBody, response: offer.entity, entity: 'offer', bodyIsAction: true,
    problemStatuses: { 429: BUDGET, 501: NO_MACHINE, 502: 'Amazon Translate failed (throttled, unavailable); nothing was stored' },
  },
  {
    method: 'POST', path: `${API_BASE}/offers/machine-translations`, fn: 'offers', operationId: 'draftOfferTranslations',
    summary: 'Draft the translations of several offers into one language by machine (the bulk action of the offer list); offers the caller may not edit are skipped', auth: 'clerk',
    permission: { resource: 'offers', action: 'update' },
    body: z.strictObject({ lang: TranslationCode, ids: z.array(Id).min(1).max(50) }),
    response: z.object({ translated: z.array(Id), skipped: z.array(z.object({ id: Id, reason: z.string() })), limitReached: z.boolean() }),
    problemStatuses: { 501: NO_MACHINE },
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
