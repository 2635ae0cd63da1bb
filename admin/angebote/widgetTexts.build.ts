/**
 * The widget's texts (the `widget.*` entries of every catalogue in shared/i18n/catalogues) as one small
 * file, widgetTexts.json, which widget.ts inlines: the widget is one script, built alone, and the whole
 * catalogues would weigh many times what it does. Made from the catalogues, never edited by hand:
 *   npx tsx admin/angebote/widgetTexts.build.ts
 * tests/unit/catalogues.test.ts fails while the file and the catalogues disagree.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_CODES } from '../../shared/i18n/languages.ts';
import type { Catalogue, Message } from '../../shared/i18n/messages.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const WIDGET_TEXTS_FILE = path.join(HERE, 'widgetTexts.json');
const CATALOGUES = path.join(HERE, '..', '..', 'shared', 'i18n', 'catalogues');
const PREFIX = 'widget.';

/** By language (each configured one whose catalogue exists), the widget's messages without their prefix. */
export function widgetTexts(catalogues: readonly Catalogue[]): Record<string, Record<string, Message>> {
  return Object.fromEntries(
    catalogues.map((c) => [
      c.language,
      Object.fromEntries(Object.entries(c.messages).filter(([key]) => key.startsWith(PREFIX)).sort(([a], [b]) => a.localeCompare(b)).map(([key, e]) => [key.slice(PREFIX.length), e.text])),
    ]),
  );
}

/** The catalogues of the configured languages that exist, in the configured order. */
export const readCatalogues = (): Catalogue[] =>
  LANGUAGE_CODES.map((code) => path.join(CATALOGUES, `${code}.json`)).filter((file) => existsSync(file)).map((file) => JSON.parse(readFileSync(file, 'utf8')));

export const render = (texts: ReturnType<typeof widgetTexts>) => `${JSON.stringify(texts, null, 1)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(WIDGET_TEXTS_FILE, render(widgetTexts(readCatalogues())));
  console.log(`Wrote ${path.relative(process.cwd(), WIDGET_TEXTS_FILE)}`);
}
