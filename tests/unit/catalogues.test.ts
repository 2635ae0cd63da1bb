/**
 * The message catalogues of the public pages (shared/i18n/catalogues/<code>.json): one for every language
 * of shared/i18n/languages.json, each with exactly German's keys, the same placeholders, every plural
 * form its language needs, no empty text, and a review mark on each entry that is not German. A
 * language whose catalogue is missing or incomplete fails here, by name and key.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intlLocale, LANGUAGE_CODES, LANGUAGES, SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';
import { placeholders, type Catalogue, type Entry, type Message } from '../../shared/i18n/messages.ts';
import { readCatalogues, widgetTexts } from '../../admin/angebote/widgetTexts.ts';

const CATALOGUES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/i18n/catalogues');
const fileOf = (code: string) => path.join(CATALOGUES, `${code}.json`);
const read = (code: string): Catalogue => JSON.parse(readFileSync(fileOf(code), 'utf8'));

const CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** The plural categories a language's numbers fall into (Leichte Sprache and other private-use tags: their base language's). */
const pluralCategories = (code: string): string[] => new Intl.PluralRules(intlLocale(code)).resolvedOptions().pluralCategories;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const reviewProblem = (review: Entry['review']): string | undefined => {
  if (review === 'open') return undefined;
  if (review && typeof review === 'object' && typeof review.by === 'string' && review.by.trim() && typeof review.on === 'string' && DAY.test(review.on)) return undefined;
  return review === undefined ? 'has no review mark ("open", or {by, on})' : `has a review mark that is neither "open" nor {by, on: YYYY-MM-DD}: ${JSON.stringify(review)}`;
};

function messageProblems(text: Message, code: string): string[] {
  if (typeof text === 'string') return text.trim() ? [] : ['is empty'];
  if (!text || typeof text !== 'object' || Array.isArray(text)) return [`is neither a text nor plural forms: ${JSON.stringify(text)}`];
  const forms = Object.keys(text);
  const problems: string[] = [];
  const unknown = forms.filter((f) => !CATEGORIES.includes(f));
  if (unknown.length) problems.push(`has forms that are no plural category: ${unknown.join(', ')}`);
  if (!forms.includes('other')) problems.push('has no form "other"');
  const lacking = pluralCategories(code).filter((c) => !forms.includes(c));
  if (lacking.length) problems.push(`lacks the plural forms ${code} needs: ${lacking.join(', ')}`);
  const empty = forms.filter((f) => typeof text[f as Intl.LDMLPluralRule] !== 'string' || !text[f as Intl.LDMLPluralRule]!.trim());
  if (empty.length) problems.push(`has empty plural forms: ${empty.join(', ')}`);
  return problems;
}

/**
 * What is wrong with the catalogue of `code` measured against German's: each problem a line naming the
 * key. Missing keys and keys only this language has come first, each list whole.
 */
export function catalogueProblems(german: Catalogue, catalogue: Catalogue, code: string): string[] {
  const problems: string[] = [];
  if (catalogue.language !== code) problems.push(`"language" is ${JSON.stringify(catalogue.language)}, not "${code}"`);
  const messages = catalogue.messages ?? {};
  const missing = Object.keys(german.messages).filter((k) => !(k in messages));
  const extra = Object.keys(messages).filter((k) => !(k in german.messages));
  if (missing.length) problems.push(`${code} lacks ${missing.length} key(s) German has: ${missing.join(', ')}`);
  if (extra.length) problems.push(`${code} has ${extra.length} key(s) German has not: ${extra.join(', ')}`);
  for (const [key, entry] of Object.entries(messages)) {
    for (const p of messageProblems(entry?.text, code)) problems.push(`${key}: ${p}`);
    const source = german.messages[key];
    if (source && entry?.text !== undefined) {
      const own = placeholders(entry.text);
      const wanted = placeholders(source.text);
      if (own.join() !== wanted.join()) problems.push(`${key}: placeholders {${own.join('}, {')}} where German has {${wanted.join('}, {')}}`);
    }
    if (code === SOURCE_LANGUAGE) {
      if (entry?.review !== undefined) problems.push(`${key}: German is the source and has no review mark`);
    } else {
      const review = reviewProblem(entry?.review);
      if (review) problems.push(`${key}: ${review}`);
    }
  }
  return problems;
}

describe('the catalogues of the public pages', () => {
  const german = read(SOURCE_LANGUAGE);

  it('German, the source, has texts, plural forms German needs, and no review marks', () => {
    expect(catalogueProblems(german, german, SOURCE_LANGUAGE)).toEqual([]);
    expect(Object.keys(german.messages).length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE).map((l) => [l.code, l.name]))('%s (%s): exists and matches German', (code) => {
    expect(existsSync(fileOf(code)), `shared/i18n/catalogues/${code}.json is missing: ${code} is configured in shared/i18n/languages.json`).toBe(true);
    expect(catalogueProblems(german, read(code), code)).toEqual([]);
  });

  it('the check finds every kind of fault (a broken catalogue, in memory)', () => {
    const source: Catalogue = {
      language: 'de',
      messages: {
        greeting: { text: 'Hallo {name}' },
        found: { text: { one: '{count} Angebot', other: '{count} Angebote' } },
        plain: { text: 'Suchen' },
        gone: { text: 'Fehlt' },
      },
    };
    const broken = {
      language: 'ru',
      messages: {
        greeting: { text: 'Привет {nmae}', review: 'open' },
        found: { text: { one: '{count} предложение', others: '{count} предложений' }, review: 'open' },
        plain: { text: '  ' },
        extra: { text: 'Лишний', review: { by: 'someone' } },
      },
    } as unknown as Catalogue;
    const problems = catalogueProblems(source, broken, 'ru');
    const about = (pattern: RegExp) => problems.filter((p) => pattern.test(p));
    expect(about(/^ru lacks 1 key\(s\) German has: gone$/)).toHaveLength(1);
    expect(about(/^ru has 1 key\(s\) German has not: extra$/)).toHaveLength(1);
    expect(about(/^greeting: placeholders \{nmae\} where German has \{name\}$/)).toHaveLength(1);
    expect(about(/^found: has forms that are no plural category: others$/)).toHaveLength(1);
    expect(about(/^found: has no form "other"$/)).toHaveLength(1);
    expect(about(/^found: lacks the plural forms ru needs: few, many, other$/)).toHaveLength(1);
    expect(about(/^plain: is empty$/)).toHaveLength(1);
    expect(about(/^plain: has no review mark/)).toHaveLength(1);
    expect(about(/^extra: has a review mark that is neither/)).toHaveLength(1);
    // Right as it should be: a reviewed entry, every Russian form, German's placeholders.
    const fine = {
      language: 'ru',
      messages: {
        greeting: { text: 'Привет, {name}', review: { by: 'Olena K.', on: '2026-11-30' } },
        found: { text: { one: '{count} предложение', few: '{count} предложения', many: '{count} предложений', other: '{count} предложения' }, review: 'open' },
        plain: { text: 'Искать', review: 'open' },
        gone: { text: 'Нет', review: 'open' },
      },
    } as Catalogue;
    expect(catalogueProblems(source, fine, 'ru')).toEqual([]);
    // German as the source: a review mark is a fault there, a string where a plural could be is not.
    expect(catalogueProblems(source, { ...source, messages: { ...source.messages, plain: { text: 'Suchen', review: 'open' } } }, 'de')).toEqual(['plain: German is the source and has no review mark']);
  });

  it("the widget's texts are every language's widget.* entries, without the prefix", () => {
    const texts = widgetTexts(readCatalogues());
    expect(Object.keys(texts)).toEqual(LANGUAGE_CODES);
    const german = Object.keys(texts.de!);
    expect(german.length).toBeGreaterThan(0);
    for (const code of LANGUAGE_CODES) expect(Object.keys(texts[code]!), code).toEqual(german);
    expect(german.every((k) => !k.startsWith('widget.'))).toBe(true);
  });
});
