/**
 * Offers (Angebote) for clerks and partners, the "still current" review action, the
 * "still current" link of a reminder, which confirms an offer without signing in, and the offers'
 * translations: confirmed by a person, or drafted by machine where the platform has it.
 * Trigger: API Gateway REST routes of group `offers` (shared/contract/routes/offers.ts).
 * Access patterns: 1, 2 (all offers), 3 (offers of one organisation), 5 (a used link's guard),
 * 29 (the month's machine-translation budget).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { keys } from '../../shared/db/keys.ts';
import { verifyOfferLink, type LinkClaims } from '../../shared/domain/offerLink.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { linkSecret } from '../../shared/runtimeConfig.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import type { Call, Reply } from '../http/types.ts';
import { withIdempotency } from '../http/idempotency.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import { authorize } from '../../shared/policy.ts';
import { sourceText, type TranslatableOffer } from '../../shared/domain/translations.ts';
import { confirmTranslation, trackedTexts } from '../http/translations.ts';
import { languageOf, type Language } from '../../shared/i18n/languages.ts';
import { TooManyError } from '../../shared/db/errors.ts';
import { machineDraft, machineTranslationBudget } from './machineTranslation.ts';
import { httpFunction } from '../http/wrapper.ts';
import { PAGE_CSP, PROBLEM_STATUS, problemPage, questionPage, thanksPage, type LinkProblem } from './confirmPage.ts';

const def = entities.offer;

const usedKey = (claims: LinkClaims) => keys.unique('offerLink', { nonce: claims.nonce });
const PAGE_HEADERS = { 'Cache-Control': 'no-store', 'Content-Security-Policy': PAGE_CSP };
const refuse = (p: LinkProblem): Reply => ({ status: PROBLEM_STATUS[p], text: problemPage(p), headers: PAGE_HEADERS });
const show = (text: string): Reply => ({ status: 200, text, headers: PAGE_HEADERS });

/** The link's offer as the link saw it, or why the link does nothing. */
async function linkedOffer(call: Call): Promise<{ claims: LinkClaims; offer: Item } | LinkProblem> {
  const check = verifyOfferLink(call.params.token, await linkSecret(), call.deps.now(), currentTenant());
  if (!check.ok) return check.reason;
  const { claims } = check;
  const [used, offer] = await Promise.all([call.deps.repo.getRaw(usedKey(claims)), call.deps.repo.find(def, claims.offerId)]);
  if (used) return 'used';
  if (!offer) return 'gone';
  if (offer.version !== claims.version) return 'changed';
  return { claims, offer };
}

/** The machine-translatable language asked for, and the month's budget, or why there is no draft here. */
function machineFor(code: string): { lang: Language & { machine: string }; budget: number } {
  const budget = machineTranslationBudget();
  if (!budget) throw problems.notImplemented('machine translation is not configured here', 'Maschinelle Übersetzung gibt es nur im Betrieb in AWS (Amazon Translate). Hier bitte selbst übersetzen.');
  const lang = languageOf(code);
  if (!lang?.machine) throw problems.notImplemented(`no machine translation into ${code}`, `Für ${lang?.name ?? code} gibt es keine maschinelle Übersetzung. Bitte übersetzen Sie selbst.`);
  return { lang: lang as Language & { machine: string }, budget };
}

/** Writes a machine draft of `offer` in the target's language, marked as such, bound to the version read. */
async function draftInto(call: Call, offer: Item, { lang, budget }: ReturnType<typeof machineFor>, version: number) {
  const code = lang.code;
  const now = call.deps.now();
  const draft = await machineDraft(call.deps.repo, offer as TranslatableOffer, lang, now, budget);
  const textVersion = offer.textVersion ?? 1;
  const next = {
    ...offer,
    translations: { ...offer.translations, [code]: draft },
    translationStatus: { ...offer.translationStatus, [code]: { basedOn: textVersion, machine: true, updatedAt: now.toISOString() } },
  };
  return call.deps.repo.update(def, offer.id, next, version, { actor: call.actor, current: offer });
}

export const handler = httpFunction(() => import('../../shared/contract/routes/offers.ts'), {
  ...crudImpls(def, { validate: placesWithinSpaces, derive: trackedTexts(sourceText) }),
  confirmOfferTranslation: confirmTranslation(def),
  draftOfferTranslation: async (call) => ({ body: await draftInto(call, call.current!, machineFor(call.params.lang), call.body.version) }),
  draftOfferTranslations: async (call) => {
    const target = machineFor(call.body.lang);
    const translated: string[] = [];
    const skipped: { id: string; reason: string }[] = [];
    let limitReached = false;
    // One after another: the budget is taken offer by offer, and stops the run where it ends.
    for (const id of call.body.ids as string[]) {
      const offer = limitReached ? undefined : await call.deps.repo.find(def, id);
      if (limitReached) skipped.push({ id, reason: 'Budget für diesen Monat aufgebraucht' });
      else if (!offer) skipped.push({ id, reason: 'Angebot nicht gefunden' });
      else if (!authorize(call.principal!, 'offers', 'update', { before: offer }).allowed) skipped.push({ id, reason: 'Keine Berechtigung für dieses Angebot' });
      else {
        try {
          await draftInto(call, offer, target, offer.version);
          translated.push(id);
        } catch (err) {
          const unavailable = err instanceof HttpProblem && err.status === 502;
          if (!(err instanceof TooManyError || err instanceof ConflictError || unavailable)) throw err;
          limitReached ||= err instanceof TooManyError;
          skipped.push({ id, reason: err instanceof TooManyError ? 'Budget für diesen Monat aufgebraucht' : unavailable ? 'Maschinelle Übersetzung gerade nicht erreichbar' : 'Gerade von jemand anderem geändert' });
        }
      }
    }
    return { body: { translated, skipped, limitReached } };
  },
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
