/**
 * The finder in the languages residents read (issue 29), in Chromium at phone width: a `?lang=ar` link
 * opens right to left, a search in Arabic finds an offer translated into Arabic, the offer page is kept
 * as a screenshot, the menu switches to Leichte Sprache, the calendar file comes in it; the browser's
 * language decides a first visit; a text without translation says it is German, in its `lang`; a machine
 * draft and an out-of-date translation say so. axe-core finds nothing serious or critical in any of them.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import { entities } from '../../shared/entities.ts';
import { format, type Catalogue } from '../../shared/i18n/messages.ts';
import { isStale } from '../../shared/domain/translations.ts';
import { nowMs } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { demoTenants } from '../../shared/seed/tenants.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

const ui = useAdminUi('languages');

const catalogue = (code: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, '../../shared/i18n/catalogues', `${code}.json`), 'utf8')) as Catalogue;
/** The tenant these tests open the finder for (at localhost): Hamm, whose name and title fill every text. */
const hamm = demoTenants(new Date(0).toISOString()).find((e) => e.id === FIRST_TENANT)!;
/** A catalogue text as the finder shows it to Hamm's residents (no other placeholders filled). */
const text = (code: string, key: string) => format(catalogue(code).messages[key]!.text, code, { municipality: hamm.name, service: hamm.look.title });

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** A published, current offer of the seed, chosen by what its translations hold. */
async function seededOffer(pick: (o: any) => boolean) {
  const offers = await ui.stack.repo.listAll<any>(entities.offer);
  const today = berlinToday(new Date(nowMs()));
  const found = offers.find((o) => o.status === 'published' && (!o.validUntil || o.validUntil >= today) && pick(o));
  if (!found) throw new Error('the seed has no such offer');
  return found;
}

describe('the finder in other languages', { timeout: 180000 }, () => {
  it('a ?lang=ar link at 360 px: search in Arabic, an Arabic offer, then Leichte Sprache and its calendar file', async () => {
    const offer = await seededOffer((o) => o.socialSpaceIds.includes('norden') && o.translations?.ar?.title?.startsWith('مقهى أولياء الأمور') && !o.translationStatus?.ar?.machine);
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ui.base}/angebote/?lang=ar`);
    await page.getByRole('heading', { level: 1, name: text('ar', 'title') }).waitFor();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);

    // The Arabic word without its hamza finds the title written with it.
    await page.locator('#f-q').fill('اولياء');
    await page.locator('#f-q').press('Enter');
    await page.waitForURL(/q=/);
    expect(page.url()).toContain('lang=ar');
    const link = page.locator('.result h3 a', { hasText: offer.translations.ar.title });
    await link.first().waitFor();
    await link.first().click();
    await page.getByRole('heading', { level: 2, name: offer.translations.ar.title }).waitFor();
    await page.getByText(offer.translations.ar.description).waitFor();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    // Kept and looked at: the Arabic offer page as a phone shows it.
    await page.screenshot({ path: path.join(SHOTS, 'finder-offer-ar-360.png'), fullPage: true });

    await page.getByRole('button', { name: text('ar', 'lang.menu') }).click();
    await page.getByRole('link', { name: 'Leichte Sprache' }).click();
    await page.getByRole('heading', { level: 2, name: offer.translations['de-x-ls'].title }).waitFor();
    expect(await html(page)).toEqual({ lang: 'de-x-ls', dir: 'ltr' });
    expect(page.url()).toMatch(/lang=de-x-ls/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'finder-offer-leichte-sprache-360.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: text('de-x-ls', 'calendar') }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain(`SUMMARY:${offer.translations['de-x-ls'].title}`);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('the browser\'s language decides a first visit, with no cookie; Turkish and Ukrainian pass axe', async () => {
    for (const [locale, code] of [['tr-TR', 'tr'], ['uk-UA', 'uk']] as const) {
      const context = await ui.browser.newContext({ locale, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${ui.base}/angebote/`);
      await page.getByRole('heading', { level: 1, name: text(code, 'title') }).waitFor();
      expect(await html(page)).toEqual({ lang: code, dir: 'ltr' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.result h3 a').first().click();
      await page.getByRole('heading', { level: 2 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    }
  });

  it('a German text on an English page says so, in its lang; a machine draft and an out-of-date translation say so too', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const untranslated = await seededOffer((o) => !o.translations?.en);
    await page.goto(`${ui.base}/angebote/?lang=en&angebot=${untranslated.id}`);
    const title = page.getByRole('heading', { level: 2, name: untranslated.title });
    await title.waitFor();
    expect(await title.getAttribute('lang')).toBe('de');
    await page.getByText(text('en', 'translation.inGerman')).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const machine = await seededOffer((o) => o.translationStatus?.tr?.machine);
    await page.goto(`${ui.base}/angebote/?lang=tr&angebot=${machine.id}`);
    await page.getByRole('heading', { level: 2, name: machine.translations.tr.title }).waitFor();
    await page.getByText(text('tr', 'translation.machine')).waitFor();

    const stale = await seededOffer((o) => o.translationStatus?.tr && isStale(o, 'tr'));
    await page.goto(`${ui.base}/angebote/?lang=tr&angebot=${stale.id}`);
    await page.getByRole('heading', { level: 2, name: stale.translations.tr.title }).waitFor();
    const before = format(catalogue('tr').messages['translation.stale']!.text, 'tr', { date: '\u0000' }).split('\u0000')[0]!;
    await page.getByText(before, { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the clerk\'s side of translations', { timeout: 180000 }, () => {
  it('a German edit marks the Turkish translation as possibly out of date until a clerk confirms it; machine drafts say why not here', async () => {
    const offer = await seededOffer((o) => o.socialSpaceIds.includes('norden') && o.socialSpaceIds.length === 1 && o.translationStatus?.tr && !isStale(o, 'tr') && !o.translationStatus.tr.machine);
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await ui.signIn(context, 'quartier.norden@hamm.example');
    await page.goto(`${ui.base}/#/offers/${offer.id}`);
    const turkish = page.getByTestId('translation-tr');
    await turkish.waitFor();
    await expect.poll(() => turkish.locator('.MuiAccordionSummary-root').innerText()).toMatch(/aktuell/);
    expect(await turkish.locator('.MuiAccordionSummary-root').innerText()).not.toMatch(/veraltet/);

    await page.getByLabel('Beschreibung').first().fill(`${offer.description} Jetzt auch in den Ferien.`);
    await page.getByRole('button', { name: 'Speichern' }).first().click();
    await page.waitForURL(/#\/offers(\?|$)/, { timeout: 15000 });
    await page.goto(`${ui.base}/#/offers/${offer.id}`);
    await expect.poll(() => turkish.locator('.MuiAccordionSummary-root').innerText(), { timeout: 15000 }).toMatch(/möglicherweise veraltet/);

    await turkish.locator('.MuiAccordionSummary-root').click();
    // The German source beside the translation, and the Turkish inputs marked as Turkish.
    await turkish.getByText('Jetzt auch in den Ferien.', { exact: false }).first().waitFor();
    expect(await turkish.locator('input[lang=tr], textarea[lang=tr]').count()).toBeGreaterThan(0);
    const machine = turkish.getByRole('button', { name: 'Maschinell vorübersetzen' });
    expect(await machine.isDisabled()).toBe(true);
    await turkish.getByText('Maschinelle Übersetzung gibt es nur im Betrieb in AWS', { exact: false }).waitFor();
    const result = await new AxeBuilder({ page }).include('[data-testid=translations]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'offer-translations.png'), fullPage: true });

    await turkish.getByRole('button', { name: 'Als aktuell bestätigen' }).click();
    await expect.poll(() => turkish.locator('.MuiAccordionSummary-root').innerText(), { timeout: 15000 }).not.toMatch(/veraltet/);
    const stored = await ui.stack.repo.get(entities.offer, offer.id);
    expect(isStale(stored as any, 'tr')).toBe(false);
    expect((stored as any).translationStatus.tr.confirmedBy).toMatch(/^user:/);
    await context.close();
  });

  it('lists the catalogue entries still to be reviewed by a native speaker, for admins', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await ui.signIn(context, 'admin@hamm.example');
    await page.goto(`${ui.base}/#/open-reviews`);
    await page.getByRole('heading', { name: 'Offene Prüfungen' }).first().waitFor();
    const open = Object.values(catalogue('ar').messages).filter((e) => e.review === 'open').length;
    await page.getByText(`العربية`).first().waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(String(open));
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'open-reviews.png'), fullPage: true });
    await context.close();
  });
});
