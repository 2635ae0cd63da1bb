/**
 * The finder's texts in every language of shared/i18n/languages.json: the message catalogues
 * (shared/i18n/catalogues/<code>.json; German, the source, in the initial bundle, every other language
 * a chunk of its own, fetched when a page first needs it) and `t(key, params)` on shared/i18n/messages.ts.
 * Also what follows from the language: the locale Intl formats with, and the writing direction.
 *
 * The language of a page: `?lang=` when it names a configured language (kept on every link within the
 * finder, core.ts `finderParams`), otherwise the browser's preference (`navigator.languages`), German
 * last. Nothing is stored.
 */
import de from '../../shared/i18n/catalogues/de.json';
import { intlLocale, languageOf, negotiate, SOURCE_LANGUAGE } from '../../shared/i18n/languages';
import { format, type Catalogue, type Params } from '../../shared/i18n/messages';
import { tenant } from './core';

/** A message key: German, the source, has them all. */
export type Key = keyof typeof de.messages;

/** A text in the page's language, with what goes with it. */
export interface T {
  (key: Key, params?: Params): string;
  /** The page's language (a configured code, e.g. `tr`, `de-x-ls`): `lang` attributes and API calls. */
  readonly lang: string;
  /** What Intl formats dates, times and numbers with (`de` for Leichte Sprache, British English for `en`). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** The label of a value from a list (`theme`, `targetGroup`, `ideaStatus`), or the value itself where there is none. */
  label(list: 'theme' | 'targetGroup' | 'ideaStatus', value: string): string;
}

const GERMAN = de as Catalogue;
const FILE = (code: string) => `../../shared/i18n/catalogues/${code}.json`;
/** Every catalogue but German's, each loaded on demand as its own chunk. */
const files = import.meta.glob<Catalogue>(['../../shared/i18n/catalogues/*.json', '!../../shared/i18n/catalogues/de.json'], { import: 'default' });
const loaded = new Map<string, Catalogue>([[SOURCE_LANGUAGE, GERMAN]]);

/** The locale of Intl for a language: private-use tags by their base language; English as written in Britain, as the texts are. */
export { intlLocale };

/**
 * The placeholders every text may use, filled from the tenant whose address this is (core.ts `tenant`):
 * `{municipality}`, its name ("Stadt Hamm", "Musterstadt (fiktiv)"; in the consents, the accessibility
 * statement and the header line), and `{service}`, the title of its pages ("Stadtteilarbeit Hamm"; in the
 * page's title and the widget's heading). Written in German whatever the page's language (they are names);
 * kept whole on a right-to-left page. A parameter given to `t` wins (`parts` puts an element there).
 */
const tenantParams = (dir: 'ltr' | 'rtl'): Params => {
  const whole = (s: string) => (dir === 'rtl' ? `\u2068${s}\u2069` : s);
  return tenant.name === undefined ? {} : { municipality: whole(tenant.name), service: whole(tenant.title) };
};

/** Texts in `code` from its catalogue; a key it lacks (a catalogue not yet complete) reads in German. */
export function translator(code: string, own: Catalogue | undefined = loaded.get(code)): T {
  const language = languageOf(code);
  const locale = intlLocale(code);
  const dir = language?.dir ?? 'ltr';
  const t = ((key: Key, params?: Params) => {
    const entry = own?.messages[key] ?? GERMAN.messages[key];
    return entry ? format(entry.text, locale, { ...tenantParams(dir), ...params }) : key;
  }) as T & { lang: string; locale: string; dir: 'ltr' | 'rtl' };
  t.lang = code;
  t.locale = locale;
  t.dir = dir;
  t.label = (list, value) => {
    const key = `${list}.${value}`;
    return key in GERMAN.messages ? t(key as Key) : value;
  };
  return t;
}

/**
 * The texts of a language, its catalogue fetched the first time. A configured language whose
 * catalogue cannot be had (offline, or not written yet) gives German, so a page never shows keys;
 * the next call tries again.
 */
export async function load(code: string): Promise<T> {
  if (!loaded.has(code)) {
    const file = files[FILE(code)];
    try {
      if (!file) throw new Error(`No catalogue for ${code}`);
      loaded.set(code, await file());
    } catch {
      return translator(SOURCE_LANGUAGE);
    }
  }
  return translator(code);
}

let preferred: string | undefined;
/** The language a page is in: `?lang=` where it names a configured language, else the browser's preference. */
export function pageLanguage(p: URLSearchParams): string {
  const asked = languageOf(p.get('lang'));
  if (asked) return asked.code;
  preferred ??= negotiate(navigator.languages?.length ? navigator.languages : [navigator.language ?? SOURCE_LANGUAGE]);
  return preferred;
}

/** The lang and dir attributes of a text in `code` inside a page in `t.lang`: none where they agree. */
export function langAttrs(t: T, code: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!code || code === t.lang) return {};
  const dir = languageOf(code)?.dir ?? 'ltr';
  return { lang: code, ...(dir !== t.dir ? { dir } : {}) };
}

/** The attributes of a German text (a name, the server's words) inside a page in another language. */
export const inGerman = (t: T) => langAttrs(t, SOURCE_LANGUAGE);

/**
 * A message with elements in it (`{notes}` → a `<span lang="de">`): the text around them as strings,
 * the elements in their places, so that the language decides the order.
 */
export function parts(t: T, key: Key, params: Record<string, string | number | object>): unknown[] {
  const elements: object[] = [];
  const flat: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object') {
      flat[name] = `\u0000${elements.length}\u0000`;
      elements.push(value);
    } else flat[name] = value;
  }
  return t(key, flat).split(/\u0000(\d+)\u0000/).map((text, i) => (i % 2 ? elements[Number(text)] : text));
}

/** A date, time or number kept whole inside a right-to-left sentence (Unicode isolates, the plain-text `<bdi>`). */
export const isolate = (t: T, text: string) => (t.dir === 'rtl' ? `\u2068${text}\u2069` : text);

/** The arrow of a link back, pointing the way the page reads. */
export const backArrow = (t: T) => (t.dir === 'rtl' ? '→' : '←');
