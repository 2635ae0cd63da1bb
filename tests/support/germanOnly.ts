/**
 * The German catalogue's texts that differ from their English counterpart: seen in the English UI,
 * one is a missing translation (the English e2e tests look for them).
 */
import type { Page } from 'playwright-core';
import { messages } from '../../admin/src/i18n/index.ts';

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): [string, string][] => Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));
const en = new Map(flat(messages.en as unknown as Tree));

export const germanOnly = new Set(
  flat(messages.de as unknown as Tree)
    .filter(([k, v]) => en.get(k) !== v && v.length > 2)
    .flatMap(([, v]) => v.split(' |||| ').map((s) => s.replace(/%\{\w+\}/g, '').trim())),
);
// The language switch names each language in itself ("Deutsch" in the English UI too).
germanOnly.delete('Deutsch');

/** The labels, heads, buttons and menu entries (and `extra` selectors) on the page that are German-only texts. */
export async function germanOnlyOn(page: Page, extra: string[] = []): Promise<string[]> {
  const selectors = ['label', 'th', 'button', 'h1', 'h2', 'h6', 'legend', '[role=menuitem]', ...extra, '.MuiInputLabel-root', '.MuiFormHelperText-root'].join(', ');
  const texts = await page.$$eval(selectors, (els) => els.map((e) => (e.textContent ?? '').replace(/[*\u2009]/g, '').trim()).filter(Boolean));
  return texts.filter((t) => germanOnly.has(t));
}
