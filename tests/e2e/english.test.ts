/**
 * The English locale is complete: every resource's list and create form, switched to English,
 * shows none of the German catalogue's labels (headings, field labels, column heads, buttons).
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../admin/src/i18n/index.ts';
import { useAdminUi } from '../support/adminUi.ts';

const ui = useAdminUi('english');

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): [string, string][] => Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));
const en = new Map(flat(messages.en as unknown as Tree));
/** German texts that differ from their English counterpart (so seeing one means a missing translation). */
const germanOnly = new Set(
  flat(messages.de as unknown as Tree)
    .filter(([k, v]) => en.get(k) !== v && v.length > 2)
    .flatMap(([, v]) => v.split(' |||| ').map((s) => s.replace(/%\{\w+\}/g, '').trim())),
);
// The language switch names each language in itself ("Deutsch" in the English UI too).
germanOnly.delete('Deutsch');

const PAGES = ['offers', 'social-spaces', 'quarters', 'centres', 'districts', 'organisations', 'goals', 'indicators', 'targets', 'measurements', 'users', 'api-keys', 'reports', 'audit-events', 'networks', 'meetings', 'activities', 'needs', 'work-plans', 'budget-lines', 'expenses', 'area-figures', 'contributions', 'settings'];
const CREATABLE = ['offers', 'quarters', 'centres', 'districts', 'organisations', 'goals', 'indicators', 'targets', 'measurements', 'users', 'api-keys', 'reports', 'social-spaces', 'networks', 'meetings', 'activities', 'needs', 'work-plans', 'budget-lines', 'expenses', 'area-figures', 'contributions'];

describe('English', { timeout: 180000 }, () => {
  it('every list and create form shows English labels only', async () => {
    const context = await ui.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await ui.signIn(context, 'admin@hamm.example');
    // The language switch stores its choice here; every page below loads in English.
    await page.evaluate(() => localStorage.setItem('RaStore.locale', '"en"'));
    await page.reload();
    await page.getByText('Dashboard').first().waitFor();
    const found: string[] = [];
    const chrome = () =>
      page.$$eval('label, th, button, h1, h2, h6, legend, [role=menuitem], .MuiInputLabel-root, .MuiFormHelperText-root', (els) => els.map((e) => (e.textContent ?? '').replace(/[*\u2009]/g, '').trim()).filter(Boolean));
    for (const hash of [...PAGES.map((p) => `/#/${p}`), ...CREATABLE.map((p) => `/#/${p}/create`)]) {
      await page.goto(`${ui.base}${hash}`);
      await page.locator('main').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const text of await chrome()) if (germanOnly.has(text)) found.push(`${hash}: ${text}`);
    }
    expect([...new Set(found)]).toEqual([]);
    await context.close();
  });
});
