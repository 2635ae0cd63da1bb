/**
 * Issue 30, "Done when": a clerk of neighbourhood management in Hammer Norden downloads the offer
 * template, fills 30 rows (two of them wrong), uploads, sees the preview with both errors in German,
 * corrects the file, uploads it again, imports, watches the progress to the end, finds the offers in
 * the admin's list and in the residents' finder, and a second upload of the same file shows all 30
 * rows unchanged. Before that, a 50 MB file is refused in the browser (never read, never sent) and a
 * file that is no spreadsheet is refused by the API with a German reason. axe-core finds no serious
 * or critical WCAG 2.1 AA violation on the import's pages.
 *
 * The columns are the template's own: the test reads the header row of the downloaded file and
 * writes each value under the header it belongs to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { germanOnlyOn } from '../support/germanOnly.ts';
import { entities } from '../../shared/entities.ts';
import { SHOTS, useAdminUi } from '../support/adminUi.ts';
import { unique } from '../support/constants.ts';

const ui = useAdminUi('import');

let dir: string;

beforeAll(() => {
  // The finder's catalogue is held a minute per container; here every request reads the changes.
  process.env.PUBLIC_CACHE_SECONDS = '0';
  dir = mkdtempSync(path.join(os.tmpdir(), 'hamm-import-'));
});
afterAll(() => {
  delete process.env.PUBLIC_CACHE_SECONDS;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The texts of the preview table's rows on the current tab: row number → status and each error. */
async function shownRows(page: Page) {
  return page.getByTestId('import-row').evaluateAll((rows) =>
    rows.map((r) => ({
      row: Number(r.getAttribute('data-row')),
      status: r.getAttribute('data-status'),
      cells: [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
      errors: [...r.querySelectorAll('[data-testid=import-row-error]')].map((e) => (e.textContent ?? '').trim()),
    })),
  );
}

/** Chooses the kind of data, and waits until its list has closed. */
async function chooseType(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Art der Daten' }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
  // The closing menu fades out: its options leave the DOM only then (axe would judge them half transparent).
  await page.locator('[role=option]').first().waitFor({ state: 'detached' });
}

/** Chooses the file and asks for the preview; answers the job's id from the page it lands on. */
async function uploadForPreview(page: Page, file: string): Promise<string> {
  await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(file);
  await page.getByRole('button', { name: 'Vorschau erstellen' }).click();
  await page.waitForURL(/#\/imports\/[^/]+\/show$/, { timeout: 30000 });
  await page.getByTestId('import-summary').waitFor();
  return decodeURIComponent(/#\/imports\/([^/]+)\/show$/.exec(page.url())![1]);
}

describe('spreadsheet import of offers', { timeout: 240000 }, () => {
  it('template, 30 rows with two errors, preview, correction, import with progress, list and finder, a second upload unchanged', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await ui.signIn(context, 'quartier.norden@hamm.example');
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/v1\/imports(\?|$)/.test(r.url())) apiCalls.push(r.url());
    });

    // The menu leads to the jobs, and from there to "Daten importieren".
    await page.getByRole('menuitem', { name: 'Import', exact: true }).click();
    await page.waitForURL(/#\/imports(\?|$)/);
    await page.getByRole('link', { name: 'Daten importieren' }).click();
    await page.waitForURL(/#\/imports\/create/);
    // Another directory's HSDS export has no template; its file is JSON.
    await chooseType(page, 'Angebote und Träger aus einem anderen Verzeichnis (HSDS-3.0-JSON)');
    await page.getByLabel('Datei (HSDS-JSON)').waitFor();
    expect(await page.getByRole('button', { name: 'Vorlage herunterladen' }).count()).toBe(0);
    await chooseType(page, 'Angebote');
    expect(await seriousViolations(page)).toEqual([]);

    // A 50 MB file is refused before anything is read or sent (a sparse file: no 50 MB on disk).
    const huge = path.join(dir, 'Riesig.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(huge);
    const alert = page.getByRole('alert').filter({ hasText: 'Die Datei kann nicht importiert werden' });
    await alert.waitFor();
    expect(await page.getByTestId('import-problem-detail').innerText()).toBe('Die Datei ist zu groß (50 MB). Erlaubt sind höchstens 4 MB; bitte teilen Sie sie auf mehrere Dateien auf.');
    expect(await page.getByRole('button', { name: 'Vorschau erstellen' }).isDisabled()).toBe(true);
    expect(apiCalls).toEqual([]);

    // A file that is no spreadsheet (a PDF chosen by mistake): the API says why, in German, and the page shows it.
    const pdf = path.join(dir, 'Protokoll.pdf');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64)]));
    await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Vorschau erstellen' }).click();
    await alert.waitFor();
    await expect.poll(() => apiCalls.length).toBe(1);
    expect(await page.getByTestId('import-problem-detail').innerText()).toBe('„Protokoll.pdf“ ist keine Tabelle. Bitte laden Sie eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei hoch.');
    expect(page.url()).toMatch(/#\/imports\/create/);

    // The template: German headers, an example row, and the explanations of every column.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('Vorlage-Angebote.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const example = (sheet.getRow(2).values as unknown[]).slice(1);
    const help = workbook.getWorksheet('Erläuterungen')!;
    const explained = new Set<string>();
    help.eachRow((row) => explained.add(String(row.getCell(1).value ?? '')));
    for (const h of headers) expect(explained, `explanation of ${h}`).toContain(h);
    /** The template's column whose header is this (read from the file, so the test follows the template). */
    const column = (header: string) => {
      const i = headers.indexOf(header);
      expect(i, `template column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
      return i + 1;
    };
    const [ID, TITLE, STATUS, SPACES, MIN_AGE] = ['Externe ID', 'Titel', 'Status', 'Sozialräume', 'Mindestalter'].map(column);

    // 30 offers in Hammer Norden, published; rows 2..31 of the sheet (row 1 holds the headers).
    const run = unique();
    const title = (i: number) => `Importtest ${run} Angebot ${String(i + 1).padStart(2, '0')}`;
    for (let i = 0; i < 30; i++) {
      const row = sheet.getRow(i + 2);
      example.forEach((v, c) => (row.getCell(c + 1).value = (v ?? null) as ExcelJS.CellValue));
      row.getCell(ID).value = `IMP-${run}-${i + 1}`;
      row.getCell(TITLE).value = title(i);
      row.getCell(STATUS).value = 'Veröffentlicht';
      row.getCell(SPACES).value = 'Hammer Norden';
    }
    // Two mistakes: a social space misspelt (sheet row 9) and a title left out (sheet row 22).
    sheet.getRow(9).getCell(SPACES).value = 'Nordenn';
    sheet.getRow(22).getCell(TITLE).value = null;
    const file = path.join(dir, 'Angebote Norden.xlsx');
    await workbook.xlsx.writeFile(file);

    const first = await uploadForPreview(page, file);
    expect(await page.getByTestId('import-summary').innerText()).toBe('30 Zeilen: 28 neu, 0 geändert, 0 unverändert, 2 fehlerhaft');
    // With errors the tab "Fehler" opens first and shows exactly the two rows, each with its German message.
    expect(await page.getByRole('tab', { name: 'Fehler (2)' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(async () => (await shownRows(page)).length).toBe(2);
    const errors = await shownRows(page);
    expect(errors.map((r) => [r.row, r.status, r.errors])).toEqual([
      [9, 'error', ['Spalte Sozialräume: „Nordenn“ ist kein Sozialraum — meinten Sie „Hammer Norden“?']],
      [22, 'error', ['Spalte Titel: Pflichtangabe fehlt']],
    ]);
    expect(errors[0].cells).toContain('Fehler');
    expect(errors[0].cells).toContain(title(7));
    // "Importieren" waits for a corrected file; importing without the two rows is a separate, explicit choice.
    expect(await page.getByRole('button', { name: 'Importieren', exact: true }).isDisabled()).toBe(true);
    await page.getByText('Bitte korrigieren Sie die fehlerhaften Zeilen in der Datei und laden Sie sie erneut hoch.').waitFor();
    expect(await page.getByRole('button', { name: 'Ohne fehlerhafte Zeilen importieren' }).isEnabled()).toBe(true);
    // The other tabs: 28 new rows.
    await page.getByRole('tab', { name: 'Neu (28)' }).click();
    await expect.poll(async () => (await shownRows(page)).filter((r) => r.status === 'new').length).toBe(28);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'import-preview-errors.png'), fullPage: true });
    // A preview writes nothing.
    const imported = async () => (await ui.stack.repo.listAll<any>(entities.offer)).filter((o) => o.title.startsWith(`Importtest ${run} `));
    expect(await imported()).toEqual([]);

    // The clerk corrects both cells and uploads the corrected file.
    sheet.getRow(9).getCell(SPACES).value = 'Hammer Norden';
    sheet.getRow(22).getCell(TITLE).value = title(20);
    sheet.getRow(22).getCell(MIN_AGE).value = 12;
    await workbook.xlsx.writeFile(file);
    await page.getByRole('link', { name: 'Korrigierte Datei hochladen' }).click();
    await page.waitForURL(/#\/imports\/create\?type=offers/);
    const second = await uploadForPreview(page, file);
    expect(second).not.toBe(first);
    expect(await page.getByTestId('import-summary').innerText()).toBe('30 Zeilen: 30 neu, 0 geändert, 0 unverändert, 0 fehlerhaft');
    expect(await page.getByRole('tab', { name: 'Alle (30)' }).getAttribute('aria-selected')).toBe('true');

    // Import: the progress bar runs to 30 of 30, then the result.
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Fortschritt des Imports' });
    await progress.waitFor({ timeout: 15000 });
    expect(await progress.getAttribute('aria-valuemax')).toBe('30');
    await page.getByTestId('import-result').waitFor({ timeout: 90000 });
    expect(await page.getByTestId('import-result').innerText()).toContain('30 angelegt, 0 geändert, 0 unverändert, 0 fehlgeschlagen');
    expect(await progress.getAttribute('aria-valuenow')).toBe('30');
    expect(await progress.getAttribute('aria-valuetext')).toBe('30 von 30 Zeilen verarbeitet');
    expect(await page.getByTestId('import-status').innerText()).toBe('abgeschlossen');
    // Each row's outcome, with a link to its offer.
    await expect.poll(async () => (await shownRows(page)).filter((r) => r.cells.includes('angelegt')).length, { timeout: 15000 }).toBe(30);
    await page.getByRole('link', { name: title(0) }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'import-done.png'), fullPage: true });

    // Stored: 30 published offers in Hammer Norden, each once, with its audit entry naming the file and row.
    const offers = await imported();
    expect(offers.length).toBe(30);
    expect(new Set(offers.map((o) => o.title)).size).toBe(30);
    for (const o of offers) {
      expect(o.status).toBe('published');
      expect(o.socialSpaceIds).toEqual(['norden']);
    }
    expect(offers.find((o) => o.title === title(20))!.minAge).toBe(12);

    // In the admin's offer list …
    await page.goto(`${ui.base}/#/offers`);
    await page.getByPlaceholder('Suche').fill(title(4));
    await expect.poll(() => page.getByText(title(4), { exact: true }).count(), { timeout: 15000 }).toBeGreaterThan(0);
    // … and in the residents' finder.
    const finder = await context.newPage();
    await finder.goto(`${ui.base}/angebote/?q=${encodeURIComponent(title(4))}`);
    await finder.locator('.result h3 a').first().waitFor({ timeout: 15000 });
    expect(await finder.locator('.result h3 a').allInnerTexts()).toEqual([title(4)]);
    await finder.close();

    // The same file once more: every row unchanged, nothing to import.
    await page.goto(`${ui.base}/#/imports/create`);
    await chooseType(page, 'Angebote');
    await uploadForPreview(page, file);
    expect(await page.getByTestId('import-summary').innerText()).toBe('30 Zeilen: 0 neu, 0 geändert, 30 unverändert, 0 fehlerhaft');
    await expect.poll(async () => (await shownRows(page)).length).toBe(30);
    const again = await shownRows(page);
    expect(again.every((r) => r.status === 'unchanged' && r.cells.includes('unverändert'))).toBe(true);
    await page.getByText('Alle Zeilen sind unverändert: der Import ändert nichts.').waitFor();

    // The jobs' list shows the three uploads of the file (the refused ones made no job), one of them done.
    await page.goto(`${ui.base}/#/imports`);
    await page.getByText('Angebote Norden.xlsx').first().waitFor();
    expect(await page.getByText('Angebote Norden.xlsx').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${ui.base}/#/imports?filter=${encodeURIComponent(JSON.stringify({ status: 'done' }))}`);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10000 }).toBe(1);
    expect(await page.locator('tbody tr').first().innerText()).toMatch(/Angebote Norden\.xlsx\s+Angebote\s+abgeschlossen\s+30\s+30 von 30 Zeilen verarbeitet/);
    await context.close();
  });

  it('a CSV with a wrong row imports without it when the clerk says so explicitly; the pages in English', async () => {
    const context = await ui.browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await ui.signIn(context, 'quartier.norden@hamm.example');
    await page.goto(`${ui.base}/#/imports/create`);
    await chooseType(page, 'Angebote');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const example = headers.map((_, i) => sheet.getRow(2).getCell(i + 1).value);
    const run = unique();
    const rows = [0, 1, 2].map((i) => {
      const row = [...example];
      row[headers.indexOf('Externe ID')] = `CSV-${run}-${i}`;
      row[headers.indexOf('Titel')] = `CSV-Import ${run} Nr. ${i + 1}`;
      return row;
    });
    rows[1][headers.indexOf('Träger')] = 'Unbekannter Träger e. V.';
    // A column of the clerk's own, which the template does not know: reported, not imported.
    const columns = [...headers, 'Bemerkung intern'];
    rows.forEach((r) => r.push('nur für uns'));
    // As Excel saves "CSV (Trennzeichen-getrennt)": semicolons, every text quoted where needed.
    const quote = (v: unknown) => (v === null || v === undefined ? '' : /[";\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const csv = path.join(dir, `Angebote-${run}.csv`);
    writeFileSync(csv, [columns, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n');

    await uploadForPreview(page, csv);
    expect(await page.getByTestId('import-summary').innerText()).toBe('3 Zeilen: 2 neu, 0 geändert, 0 unverändert, 1 fehlerhaft');
    expect(await page.getByTestId('import-unknown-columns').innerText()).toBe('Unbekannte Spalten (werden nicht übernommen): Bemerkung intern');
    await expect.poll(async () => (await shownRows(page)).length).toBe(1);
    const [wrong] = await shownRows(page);
    expect(wrong.row).toBe(3);
    expect(wrong.errors).toHaveLength(1);
    expect(wrong.errors[0]).toMatch(/^Spalte Träger: „Unbekannter Träger e\. V\.“ ist kein Träger/);
    await page.getByRole('button', { name: 'Ohne fehlerhafte Zeilen importieren' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60000 });
    const result = await page.getByTestId('import-result').innerText();
    // The wrong row was left out on purpose: skipped, not failed.
    expect(result).toMatch(/^Import abgeschlossen\s+2 angelegt, 0 geändert, 0 unverändert, 0 fehlgeschlagen, 1 übersprungen$/);
    await expect.poll(async () => (await shownRows(page)).map((r) => r.cells.at(-1))).toEqual(['übersprungen']);
    await page.getByRole('tab', { name: 'Alle (3)' }).click();
    await expect.poll(async () => (await shownRows(page)).map((r) => [r.row, r.cells.at(-1)])).toEqual([[2, 'angelegt'], [3, 'übersprungen'], [4, 'angelegt']]);
    const created = (await ui.stack.repo.listAll<any>(entities.offer)).filter((o) => o.title.startsWith(`CSV-Import ${run} `)).map((o) => o.title).sort();
    expect(created).toEqual([`CSV-Import ${run} Nr. 1`, `CSV-Import ${run} Nr. 3`]);

    // The same page, the list and the form in English: none of the German labels left.
    const jobUrl = page.url();
    await page.evaluate(() => localStorage.setItem('RaStore.locale', '"en"'));
    await page.reload();
    await page.getByText('Import finished').waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toBe('3 rows: 2 new, 0 changed, 0 unchanged, 1 with errors');
    await page.getByText('2 created, 0 changed, 0 unchanged, 0 failed, 1 skipped').waitFor();
    const found: string[] = [];
    for (const hash of [jobUrl.slice(jobUrl.indexOf('#')), '#/imports', '#/imports/create']) {
      await page.goto(`${ui.base}/${hash}`);
      await page.locator('main').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const text of await germanOnlyOn(page, ['[role=tab]', '.MuiAlert-message'])) found.push(`${hash}: ${text}`);
    }
    expect([...new Set(found)]).toEqual([]);
    await page.getByText('Import data').first().waitFor();
    await context.close();
  });
});
