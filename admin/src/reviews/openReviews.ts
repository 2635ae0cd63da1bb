/**
 * The catalogue entries of the public pages (shared/i18n/catalogues/<code>.json) that still wait for a
 * native speaker's review (`"review": "open"`), per language, with the German text beside them.
 * The catalogues are loaded on demand, each in its own chunk: none is in the admin's initial JavaScript.
 */
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../../../shared/i18n/languages';
import type { Catalogue, Message } from '../../../shared/i18n/messages';

const files = import.meta.glob<Catalogue>('../../../shared/i18n/catalogues/*.json', { import: 'default' });

export const loadCatalogues = (): Promise<Catalogue[]> => Promise.all(Object.values(files).map((load) => load()));

export interface OpenEntry {
  key: string;
  /** The source text (undefined where German has no such key). */
  german?: Message;
  text: Message;
}

export interface LanguageReviews {
  code: string;
  /** Entries in the catalogue, reviewed or not. */
  total: number;
  open: OpenEntry[];
}

/** Every language but German, in the configured order (others after, by code), its open entries by key. */
export function openReviews(catalogues: readonly Catalogue[]): LanguageReviews[] {
  const german = catalogues.find((c) => c.language === SOURCE_LANGUAGE)?.messages ?? {};
  const rank = (code: string) => {
    const i = LANGUAGE_CODES.indexOf(code);
    return i < 0 ? LANGUAGE_CODES.length : i;
  };
  return catalogues
    .filter((c) => c.language !== SOURCE_LANGUAGE)
    .map((c) => ({
      code: c.language,
      total: Object.keys(c.messages).length,
      open: Object.entries(c.messages)
        .filter(([, e]) => e.review === 'open')
        .map(([key, e]) => ({ key, german: german[key]?.text, text: e.text }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}
