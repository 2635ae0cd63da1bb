/**
 * The bookkeeping of translated German texts, for every record that has them (offers, public profiles,
 * centres): the `derive` hook that follows each write, and the route that confirms a translation as
 * right for the German text as it now is. The rule itself is shared/domain/translations.ts.
 */
import type { EntityDef, Item } from '../../shared/entities.ts';
import { confirmed, trackTexts, type Texts, type Translatable } from '../../shared/domain/translations.ts';
import { problems } from './problem.ts';
import type { Call, Impl } from './types.ts';

/**
 * The German text's version and each translation's status, from the record being written. A PUT
 * without `translations` keeps the stored ones: a client that knows nothing of languages must not wipe them.
 */
export function trackedTexts(source: (o: any) => Texts) {
  return async (call: Call, data: Item): Promise<Item> => {
    const kept = data.translations === undefined && call.current?.translations ? { translations: call.current.translations } : {};
    return { ...kept, ...trackTexts(call.current as Translatable | undefined, { ...data, ...kept } as Translatable, call.deps.now(), call.actor, source) };
  };
}

/** POST …/{id}/translations/{lang}/confirm: the translation is current again and no longer a machine draft. */
export function confirmTranslation(def: EntityDef): Impl {
  return async (call) => {
    const current = call.current!;
    const { lang } = call.params;
    if (!current.translations?.[lang]) throw problems.badRequest(`no ${lang} translation`, [{ pointer: '/params/lang', detail: 'Für diese Sprache gibt es noch keine Übersetzung.' }]);
    const next = { ...current, translationStatus: { ...current.translationStatus, [lang]: confirmed(current as Translatable, lang, call.deps.now(), call.actor) } };
    return { body: await call.deps.repo.update(def, call.params.id, next, call.body.version, { actor: call.actor, current }) };
  };
}
