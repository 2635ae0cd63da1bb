/**
 * The one message format of the interface catalogues (catalogues/<code>.json): a text with `{name}`
 * placeholders, or, where it depends on a number, one text per plural category of the language
 * (Intl.PluralRules: Arabic has six, Ukrainian four, German two), chosen by the parameter `count`.
 */
import { intlLocale } from './languages.ts';

export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** A catalogue entry: the text, and whether a native speaker has signed it off. */
export interface Entry {
  text: Message;
  /** `open`: written by the team, to be reviewed by a native speaker; or who signed it off, and when. German, the source, has none. */
  review?: 'open' | { by: string; on: string };
}

export interface Catalogue {
  language: string;
  messages: Record<string, Entry>;
}

export type Params = Record<string, string | number>;

const rulesCache = new Map<string, Intl.PluralRules>();
const rules = (lang: string) => rulesCache.get(lang) ?? rulesCache.set(lang, new Intl.PluralRules(lang)).get(lang)!;

/** `{name}` → params.name; numbers in the language's own digits and separators. */
function fill(text: string, lang: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    return v === undefined ? all : typeof v === 'number' ? v.toLocaleString(intlLocale(lang)) : v;
  });
}

export function format(message: Message, lang: string, params: Params = {}): string {
  if (typeof message === 'string') return fill(message, lang, params);
  const count = Number(params.count ?? 0);
  // Leichte Sprache and other private-use tags follow their base language's plural rules.
  const text = message[rules(intlLocale(lang)).select(count)] ?? message.other ?? '';
  return fill(text, lang, params);
}

/** The placeholders a message uses, over all its plural forms: a translation must use the same. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
