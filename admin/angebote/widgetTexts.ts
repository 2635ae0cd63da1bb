/**
 * The widget's texts: the `widget.*` entries of every catalogue in shared/i18n/catalogues, which the
 * widget's build (admin/vite.config.ts) inlines as `__WIDGET_TEXTS__`. The widget is one script, built
 * alone, and the whole catalogues would weigh many times what it does; read at build time, they are
 * never copied by hand. Runs in Node only (the build), never in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_CODES } from '../../shared/i18n/languages.ts';
import type { Catalogue, Message } from '../../shared/i18n/messages.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
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
