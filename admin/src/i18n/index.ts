/** German first, English on request. react-admin's own keys: English's key set, German texts. */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import germanMessages from 'ra-language-german';
import { appDe } from './appDe';
import { appEn } from './appEn';
import { raGermanAdditions } from './raGermanAdditions';

type Tree = { [k: string]: string | Tree };

/** For every key of `shape`, the value from the first source that has it. */
export function fillLike(shape: Tree, ...sources: Tree[]): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(shape)) {
    const found = sources.map((s) => s?.[k]);
    out[k] = typeof v === 'object' ? fillLike(v, ...(found.filter((f) => f && typeof f === 'object') as Tree[])) : ((found.find((f) => typeof f === 'string') as string) ?? `⚠ ${k}`);
  }
  return out;
}

const en = englishMessages as unknown as Tree;
export const messages = {
  de: { ...fillLike({ ra: en.ra as Tree }, germanMessages as unknown as Tree, raGermanAdditions as unknown as Tree), ...appDe },
  en: { ...en, ...appEn },
};

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? messages.en : messages.de) as any, 'de', [
  { locale: 'de', name: 'Deutsch' },
  { locale: 'en', name: 'English' },
]);
