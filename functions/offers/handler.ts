/**
 * Offers (Angebote) for clerks and partners, the "still current" review action, and the
 * "still current" link of a reminder, which confirms an offer without signing in.
 * Trigger: API Gateway REST routes of group `offers` (shared/contract/routes/offers.ts).
 * Access patterns: 1, 2 (all offers), 3 (offers of one organisation), 5 (a used link's guard).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { keys } from '../../shared/db/keys.ts';
import { verifyOfferLink, type LinkClaims } from '../../shared/domain/offerLink.ts';
import { linkSecret } from '../../shared/runtimeConfig.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import type { Call, Reply } from '../http/types.ts';
import { withIdempotency } from '../http/idempotency.ts';
import { httpFunction } from '../http/wrapper.ts';
import { PAGE_CSP, PROBLEM_STATUS, problemPage, questionPage, thanksPage, type LinkProblem } from './confirmPage.ts';

const def = entities.offer;

const usedKey = (claims: LinkClaims) => keys.unique('offerLink', { nonce: claims.nonce });
const PAGE_HEADERS = { 'Cache-Control': 'no-store', 'Content-Security-Policy': PAGE_CSP };
const refuse = (p: LinkProblem): Reply => ({ status: PROBLEM_STATUS[p], text: problemPage(p), headers: PAGE_HEADERS });
const show = (text: string): Reply => ({ status: 200, text, headers: PAGE_HEADERS });

/** The link's offer as the link saw it, or why the link does nothing. */
async function linkedOffer(call: Call): Promise<{ claims: LinkClaims; offer: Item } | LinkProblem> {
  const check = verifyOfferLink(call.params.token, await linkSecret(), call.deps.now());
  if (!check.ok) return check.reason;
  const { claims } = check;
  const [used, offer] = await Promise.all([call.deps.repo.getRaw(usedKey(claims)), call.deps.repo.find(def, claims.offerId)]);
  if (used) return 'used';
  if (!offer) return 'gone';
  if (offer.version !== claims.version) return 'changed';
  return { claims, offer };
}

export const handler = httpFunction(() => import('../../shared/contract/routes/offers.ts'), {
  ...crudImpls(def, { validate: placesWithinSpaces }),
  reviewOffer: async (call) => {
    // The repository drops server-owned fields (id, version, …) from the data itself.
    const current = call.current!;
    const next = { ...current, reviewedAt: call.deps.now().toISOString() };
    return { body: await call.deps.repo.update(def, call.params.id, next, call.body.version, { actor: call.actor, current }) };
  },
  // A GET only asks: mail scanners open links, and must not confirm anything.
  showOfferConfirmation: async (call) => {
    const linked = await linkedOffer(call);
    if (typeof linked === 'string') return refuse(linked);
    return show(questionPage(linked.offer as { title: string; reviewedAt?: string }));
  },
  confirmOfferByLink: async (call) => {
    const linked = await linkedOffer(call);
    if (typeof linked === 'string') return refuse(linked);
    const { claims, offer } = linked;
    const now = call.deps.now();
    try {
      const saved = await call.deps.repo.update(def, offer.id, { ...offer, reviewedAt: now.toISOString() }, claims.version, {
        actor: `link:${offer.id}`,
        current: offer,
        // Usable once: the nonce's guard is written with the confirmation; it expires a month after the link.
        guards: [{ key: usedKey(claims), attributes: { entityId: offer.id, ttl: Math.floor(Date.parse(claims.expiresAt) / 1000) + 30 * 86400 }, onConflict: () => new ConflictError('link already used', 'duplicate') }],
      });
      return show(thanksPage(saved as { title: string; reviewedAt?: string }));
    } catch (err) {
      if (err instanceof ConflictError) return refuse(err.reason === 'duplicate' ? 'used' : 'changed');
      throw err;
    }
  },
}, { idempotency: withIdempotency });
