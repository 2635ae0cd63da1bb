/**
 * The languages of the public pages, read from `languages.json` (configuration, not code: a language is
 * added there and by its catalogue). German is the source every other text is translated from.
 */
import config from './languages.json' with { type: 'json' };

export interface Language {
  /** BCP 47 tag: `?lang=`, the `lang` attribute, the key of an offer's translations. */
  code: string;
  /** The language named in itself, as the language menu shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Where an offer text missing in this language is looked up next, in order. */
  fallback: string[];
  /** Amazon Translate's code for it, or null where the service has none (Leichte Sprache). */
  machine: string | null;
}

export const SOURCE_LANGUAGE = 'de';
export const LANGUAGES: readonly Language[] = config.languages as Language[];
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code.toLowerCase(), l]));
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code);
/** The languages an offer can be translated into: every one but the source. */
export const TRANSLATION_CODES = LANGUAGE_CODES.filter((c) => c !== SOURCE_LANGUAGE);

/**
 * The locale Intl formats a language's dates, numbers and plurals with: a private-use variant as its base
 * language (Leichte Sprache as German), English as British English (day before month, 24-hour clock).
 */
export const intlLocale = (code: string): string => (code === 'en' ? 'en-GB' : code.split('-x-')[0]!);

export const languageOf = (code: string | undefined | null): Language | undefined => (code ? BY_CODE.get(code.toLowerCase()) : undefined);

/** The order in which a text is looked up for `code`: its own, then its fallbacks, German last. */
export function lookupOrder(code: string): string[] {
  const lang = languageOf(code);
  const order = lang ? [lang.code, ...lang.fallback] : [];
  return [...new Set([...order, SOURCE_LANGUAGE])];
}

/**
 * The best configured language for an `Accept-Language` list (or `navigator.languages`): an exact tag
 * first, then its primary subtag (`tr-TR` → `tr`), in the order of preference; German otherwise.
 */
export function negotiate(preferences: readonly string[]): string {
  for (const pref of preferences) {
    const tag = pref.split(';')[0]!.trim();
    const hit = languageOf(tag) ?? languageOf(tag.split('-')[0]);
    if (hit) return hit.code;
  }
  return SOURCE_LANGUAGE;
}

let germanNames: Intl.DisplayNames | undefined;
/** A language as German staff read it (Türkisch, Arabisch); a variant of German by its own name (Leichte Sprache). */
export function germanNameOf(code: string): string {
  if (code.startsWith(`${SOURCE_LANGUAGE}-`)) return languageOf(code)?.name ?? code;
  return (germanNames ??= new Intl.DisplayNames(['de'], { type: 'language' })).of(code) ?? code;
}
