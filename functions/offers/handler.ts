/**
 * Offers (Angebote) for clerks and partners, and the "still current" review action.
 * Trigger: API Gateway REST routes of group `offers` (shared/routes.ts).
 * Access patterns: 1, 2 (all offers), 3 (offers of one organisation).
 */
import { entities } from '../../shared/entities.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import { httpFunction } from '../http/wrapper.ts';

const def = entities.offer;

export const handler = httpFunction('offers', {
  ...crudImpls(def, { validate: placesWithinSpaces }),
  reviewOffer: async (call) => {
    // The repository drops server-owned fields (id, version, …) from the data itself.
    const current = call.current!;
    const next = { ...current, reviewedAt: call.deps.now().toISOString() };
    return { body: await call.deps.repo.update(def, call.params.id, next, call.body.version, { actor: call.actor, current }) };
  },
});
