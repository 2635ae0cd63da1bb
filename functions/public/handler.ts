/**
 * Published offers for everyone (no sign-in): the public face of Goal 3, "known and reachable".
 * Trigger: API Gateway REST routes of group `public` (shared/routes.ts).
 * Access patterns: 1 (one offer), 2 (all offers, filtered to published).
 */
import { entities } from '../../shared/entities.ts';
import { toPublicOffer, type Offer } from '../../shared/schemas/offer.ts';
import { SPECIAL_FILTERS } from '../../shared/listFilters.ts';
import { filterItems, pageReply, parseListParams, sortItems } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import { httpFunction } from '../http/wrapper.ts';

const def = entities.offer;

export const handler = httpFunction('public', {
  listPublicOffers: async (call) => {
    const { range } = parseListParams({ range: call.query.range });
    const { range: _r, ...filter } = call.query;
    const published = (await call.deps.repo.listAll<Offer>(def)).filter((o) => o.status === 'published');
    const found = filterItems(published, filter, { fields: [], searchFields: def.searchFields, special: SPECIAL_FILTERS.offers, now: call.deps.now() });
    return pageReply('offers', sortItems(found, ['title', 'ASC'], ['title']).map(toPublicOffer), range);
  },
  getPublicOffer: async (call) => {
    const offer = await call.deps.repo.find<Offer>(def, call.params.id);
    if (!offer || offer.status !== 'published') throw problems.notFound(`No published offer '${call.params.id}'`);
    return { body: toPublicOffer(offer) };
  },
});
