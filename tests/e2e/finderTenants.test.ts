/**
 * One finder, two municipalities, in Chromium: whose finder it is follows the address it was opened at
 * (GET /v1/public/tenant, decided by the host; Chromium resolves *.localhost to this machine). At
 * musterstadt.localhost it names Musterstadt in its title, header, description, consent and accessibility
 * statement, wears Musterstadt's colours, lists Musterstadt's three offers and nothing of Hamm's, and axe-core
 * finds nothing serious or critical; at localhost the same files show Hamm. The widget, loaded from Musterstadt's
 * address onto another site, names Musterstadt too.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import { demoTenants, SECOND_TENANT } from '../../shared/seed/tenants.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

const ui = useAdminUi('finderTenants');

const tenants = demoTenants(new Date(0).toISOString());
const hamm = tenants.find((t) => t.id === FIRST_TENANT)!;
const muster = tenants.find((t) => t.id === SECOND_TENANT)!;
const MUSTER_OFFERS = ['Nachbarschaftscafé Altstadt', 'Sozialberatung im Quartiershaus', 'Spielgruppe Auenpark'];

/** The finder's address at a host: `musterstadt.localhost` is Musterstadt's, `localhost` the installation's main one (Hamm's). */
const at = (host: string, query = '') => `http://${host}:${new URL(ui.base).port}/angebote/${query}`;

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** `#rrggbb` as getComputedStyle gives it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const titles = (page: Page) => page.locator('.result h3 a').allInnerTexts();

describe('the finder at each tenant\'s address', { timeout: 120000 }, () => {
  it('no catalogue names a municipality: the tenant\'s name and title come in as {municipality} and {service}', () => {
    const dir = path.join(import.meta.dirname, '../../shared/i18n/catalogues');
    const named = readdirSync(dir).flatMap((file) =>
      Object.entries(JSON.parse(readFileSync(path.join(dir, file), 'utf8')).messages as Record<string, { text: unknown }>)
        .filter(([, e]) => /Hamm/i.test(JSON.stringify(e.text)))
        .map(([key]) => `${file}: ${key}`),
    );
    expect(named).toEqual([]);
  });

  it('at musterstadt.localhost: Musterstadt\'s name, colours and three offers, no Hamm, and nothing serious for axe', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(at('musterstadt.localhost'));
    await page.getByRole('heading', { level: 1, name: `Angebote finden – ${muster.look.title}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: '3 Angebote gefunden' }).waitFor();
    await expect.poll(() => titles(page)).toHaveLength(3);
    expect((await titles(page)).sort()).toEqual(MUSTER_OFFERS);

    expect(await page.title()).toBe(`Angebote finden – ${muster.look.title}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(`${muster.look.title}: Treffpunkte, Beratung, Kurse und Veranstaltungen in Ihrem Stadtteil.`);
    expect(await page.locator('header .brand').innerText()).toBe(`${muster.name} · Stadtteilarbeit`);
    // Its colours, text only ever in textOnBrand on brandColour.
    const header = await page.locator('header.top').evaluate((e) => ({ background: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color }));
    expect(header).toEqual({ background: rgb(muster.look.brandColour), color: rgb(muster.look.textOnBrand) });
    const button = await page.getByRole('button', { name: 'Suchen' }).evaluate((e) => ({ background: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color }));
    expect(button).toEqual({ background: rgb(muster.look.brandColour), color: rgb(muster.look.textOnBrand) });
    // Nothing of Hamm anywhere on the page: not its name, not its offers or social spaces, not its links.
    expect(await page.locator('body').innerText()).not.toMatch(/Hamm/i);
    expect(await page.locator('body').innerHTML()).not.toMatch(/hamm\.de/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'finder-musterstadt.png'), fullPage: true });

    // A search finds Musterstadt's offer, and an offer of Hamm's is not there to be found.
    await page.getByLabel('Suchbegriff').fill('Elterncafé');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { level: 2, name: '0 Angebote gefunden' }).waitFor();

    // Whom a consent is given to, and who declares the page accessible: Musterstadt.
    await page.goto(at('musterstadt.localhost', '?seite=mitmachen'));
    await page.getByRole('heading', { level: 2, name: 'Sagen Sie uns, was fehlt' }).waitFor();
    await page.getByLabel(`Ich bin einverstanden, dass ${muster.name} meine Kontaktdaten speichert`).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/Hamm/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(at('musterstadt.localhost', '?seite=barrierefreiheit'));
    await page.getByText(`${muster.name} ist bemüht, diese Seite`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // In English the names stay as the tenant wrote them, marked as German.
    await page.goto(at('musterstadt.localhost', '?lang=en'));
    const h1 = page.getByRole('heading', { level: 1, name: `Find offers – ${muster.look.title}` });
    await h1.waitFor();
    expect(await h1.locator('span[lang="de"]').innerText()).toBe(muster.look.title);
    expect(await page.title()).toBe(`Find offers – ${muster.look.title}`);
    expect(await seriousViolations(page)).toEqual([]);
    // The language menu offers the tenant's languages (Musterstadt: German, English, Ukrainian), not all ten.
    await page.locator('.lang-button').click();
    expect(await page.locator('#lang-list a').evaluateAll((as) => as.map((a) => a.getAttribute('lang')))).toEqual(['de', 'en', 'uk']);
    await context.close();
  });

  it('at localhost: the same finder shows Hamm, its colours and its offers', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(at('localhost'));
    await page.getByRole('heading', { level: 1, name: `Angebote finden – ${hamm.look.title}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Angebote gefunden/ }).waitFor();
    await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(3);
    const shown = await titles(page);
    for (const title of MUSTER_OFFERS) expect(shown).not.toContain(title);
    expect(await page.title()).toBe(`Angebote finden – ${hamm.look.title}`);
    expect(await page.locator('header .brand').innerText()).toBe(`${hamm.name} · Stadtteilarbeit`);
    const header = await page.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(header).toBe(rgb(hamm.look.brandColour));
    expect(await page.locator('body').innerText()).not.toContain('Musterstadt');
    await context.close();
  });

  it('in the path form at the main address (/t/musterstadt/angebote/): Musterstadt\'s finder, and its offer pages stay there', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = `http://localhost:${new URL(ui.base).port}/t/musterstadt/angebote/`;
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: `Angebote finden – ${muster.look.title}` }).waitFor();
    await expect.poll(() => titles(page).then((t) => t.sort())).toEqual(MUSTER_OFFERS);
    await page.getByRole('link', { name: 'Spielgruppe Auenpark' }).click();
    await page.getByRole('heading', { level: 2, name: 'Spielgruppe Auenpark' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`^${base.replace(/[.?]/g, '\\$&')}\\?`));
    expect(await page.locator('body').innerText()).not.toMatch(/Hamm/i);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the widget loaded from Musterstadt\'s address names Musterstadt and lists its offers', async () => {
    const host = `http://musterstadt.localhost:${new URL(ui.base).port}`;
    const page = `<!doctype html><html lang="de"><head><title>Grundschule an der Aue</title></head><body><h1>Grundschule an der Aue</h1>
      <script src="${host}/angebote/widget.js" data-limit="5"></script></body></html>`;
    const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const context = await ui.browser.newContext({ locale: 'de-DE' });
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${(server.address() as any).port}/`);
      const widget = tab.locator('.hamm-angebote');
      await widget.getByRole('heading', { level: 2, name: `Angebote – ${muster.look.title}` }).waitFor();
      await expect.poll(() => widget.locator('li a').allInnerTexts().then((t) => t.sort())).toEqual(MUSTER_OFFERS);
      expect(await widget.locator('section').getAttribute('aria-label')).toBe(`Angebote der Stadtteilarbeit – ${muster.name}`);
      expect(await widget.locator('li a').first().getAttribute('href')).toMatch(new RegExp(`^${host}/angebote/\\?angebot=`));
      // Loaded from the path form, it links into the path form.
      await tab.setContent(page.replace(`${host}/angebote/widget.js`, `http://localhost:${new URL(ui.base).port}/t/musterstadt/angebote/widget.js`));
      await widget.getByRole('heading', { level: 2, name: `Angebote – ${muster.look.title}` }).waitFor();
      await expect.poll(() => widget.locator('li a').allInnerTexts().then((t) => t.sort())).toEqual(MUSTER_OFFERS);
      expect(await widget.locator('li a').first().getAttribute('href')).toMatch(new RegExp(`^http://localhost:${new URL(ui.base).port}/t/musterstadt/angebote/\\?angebot=`));
      await context.close();
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
