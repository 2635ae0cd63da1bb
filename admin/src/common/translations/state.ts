/**
 * What the admin shows of an offer's translations: each language's state (from the server-owned
 * `translationStatus` and the shared staleness rule) and the form values tidied for saving.
 */
import { isStale } from '../../../../shared/domain/translations';
import { LANGUAGES, SOURCE_LANGUAGE, TRANSLATION_CODES, type Language } from '../../../../shared/i18n/languages';

/** `missing`: no translation; `current`: made from (or confirmed for) the German text as it is. */
export type TranslationState = 'missing' | 'current' | 'stale' | 'machine';

/** An offer as react-admin holds it (`translationStatus[code]`: `{ basedOn, machine, updatedAt, confirmedBy? }`). */
interface OfferLike {
  textVersion?: number;
  translationStatus?: Record<string, any>;
  [field: string]: unknown;
}

/** A language's states: `missing`, `current`, or one or both of `stale` and `machine`. */
export function translationStates(offer: OfferLike | undefined, code: string): TranslationState[] {
  const status = offer?.translationStatus?.[code];
  if (!offer || !status) return ['missing'];
  const states: TranslationState[] = [];
  if (isStale(offer, code)) states.push('stale');
  if (status.machine) states.push('machine');
  return states.length ? states : ['current'];
}

/** For the list: how many languages have a translation, and how many of them need a look. */
export function translationSummary(offer: OfferLike | undefined) {
  const states = TRANSLATION_CODES.map((code) => translationStates(offer, code));
  return {
    total: TRANSLATION_CODES.length,
    translated: states.filter((s) => !s.includes('missing')).length,
    stale: states.filter((s) => s.includes('stale')).length,
    machine: states.filter((s) => s.includes('machine')).length,
  };
}

/** The languages an offer is translated into, in the configured order. */
export const TRANSLATION_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE);
/** Those Amazon Translate can draft (not Leichte Sprache). */
export const MACHINE_LANGUAGES: readonly Language[] = TRANSLATION_LANGUAGES.filter((l) => l.machine !== null);

/** The language named in the admin's own language ("Türkisch"); Leichte Sprache and the like by their configured name. */
export function languageLabel(lang: Language, locale: string): string {
  if (lang.code.includes('-x-')) return lang.name;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang.code) ?? lang.name;
  } catch {
    return lang.name;
  }
}

/** A text someone typed: not empty, not only blanks (react-admin turns an emptied input into null). */
export const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A record's lists of translated notes, and the German list each follows (an offer's `scheduleNotes` follow its `schedules`). */
export type NoteLists = Readonly<Record<string, string>>;
export const OFFER_LISTS: NoteLists = { scheduleNotes: 'schedules' };

/**
 * The form's `translations` as the API takes them: empty inputs (react-admin parses them to null)
 * left out, each list of notes a full list of strings in the order of the German one it follows (the
 * inputs shown leave gaps), and a language without any text dropped.
 */
export function tidyTranslations<T extends Record<string, any>>(values: T, lists: NoteLists = OFFER_LISTS): T {
  const translations = values?.translations;
  if (!translations || typeof translations !== 'object') return values;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [code, t] of Object.entries(translations as Record<string, any>)) {
    if (!t || typeof t !== 'object') continue;
    const next: Record<string, unknown> = {};
    for (const [field, v] of Object.entries(t)) {
      if (field in lists) {
        const length = Array.isArray(values[lists[field]]) ? values[lists[field]].length : 0;
        const notes = Array.from({ length }, (_, i) => (Array.isArray(v) && filled(v[i]) ? (v[i] as string) : ''));
        if (notes.some(filled)) next[field] = notes;
      } else if (filled(v)) next[field] = v;
    }
    if (Object.keys(next).length) out[code] = next;
  }
  return { ...values, translations: out };
}
