/**
 * The list export (admin/src/common/export): headers from the admin's own labels, flattening, typed cells,
 * neutralised texts, and the Excel file exceljs writes, read back with exceljs.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../admin/src/common/export/csv.ts';
import { buildExportTable, type Translate } from '../../admin/src/common/export/table.ts';
import { NUM_FMT, tableToWorkbook, tableToXlsx, type ExcelModule } from '../../admin/src/common/export/xlsx.ts';
import { messages } from '../../admin/src/i18n/index.ts';

/** The admin's German messages, looked up as react-admin's polyglot does (`_` for a missing key). */
const de: Translate = (key, options) => {
  const value = key.split('.').reduce<any>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), messages.de);
  if (typeof value !== 'string') return typeof options?._ === 'string' ? options._ : key;
  const phrase = value.includes('||||') ? value.split('||||')[Number(options?.smart_count ?? 1) === 1 ? 0 : 1].trim() : value;
  return phrase.replace(/%\{(\w+)\}/g, (_m, k) => String(options?.[k] ?? ''));
};

const expenses = [
  { id: 'e1', version: 3, createdBy: 'sub-1', budgetLineId: 'bl1', date: '2026-03-01', amountCents: 123456, purpose: '=HYPERLINK("http://x")', receiptRef: '-42', createdAt: '2026-03-01T09:30:00.000Z' },
  { id: 'e2', version: 1, budgetLineId: 'bl2', date: '2026-07-15', amountCents: 1999, purpose: 'Plakate für das Stadtteilfest', measureId: 'm1', createdAt: '2026-07-15T22:15:00Z' },
];

const offer = {
  id: 'o1',
  title: '@Elterncafé',
  socialSpaceIds: ['norden', 'westen'],
  themes: ['+Bildung', 'Familie'],
  contact: { email: 'cafe@example.org', phone: '+49 2381 123' },
  registrationRequired: true,
  cost: { free: false, amountEur: 2.5 },
  status: 'published',
  reviewedAt: '2026-01-31T23:30:00Z',
  schedules: [{ freq: 'WEEKLY', byday: ['MO', 'WE'], opens: '10:00', closes: '12:00' }],
};

describe('the rows of a list export', () => {
  it('has the German labels of the resource as headers, the list columns first, id next, bookkeeping left out', () => {
    const table = buildExportTable(expenses, { resource: 'expenses', translate: de, columns: ['date', 'budgetLineId', 'purpose', 'amountCents', 'receiptRef'] });
    expect(table.columns.map((c) => c.key)).toEqual(['date', 'budgetLineId', 'purpose', 'amountCents', 'receiptRef', 'id', 'createdAt', 'measureId']);
    expect(table.columns.map((c) => c.header)).toEqual(['Datum', 'Budgetposten', 'Zweck', 'Betrag (€)', 'Belegnummer', 'Kennung', 'Erstellt am', 'Maßnahme']);
    expect(table.sheetName).toBe('Ausgaben');
  });

  it('without columns: id first, then the fields as the records have them; unknown fields keep their name', () => {
    const table = buildExportTable([{ name: 'Hammer Norden', id: 'norden', extra: 1 }], { resource: 'social-spaces', translate: de });
    expect(table.columns.map((c) => c.header)).toEqual(['Kennung', 'Name', 'extra']);
  });

  it('flattens nested objects with the nested label, else "parent: child"; arrays joined with ", "', () => {
    const table = buildExportTable([offer], { resource: 'offers', translate: de, columns: ['title', 'contact'] });
    const header = Object.fromEntries(table.columns.map((c, i) => [c.key, { header: c.header, cell: table.rows[0][i] }]));
    expect(table.columns.slice(0, 3).map((c) => c.key)).toEqual(['title', 'contact.email', 'contact.phone']);
    expect(header['contact.email'].header).toBe('Kontakt: E-Mail');
    expect(header['cost.free'].header).toBe('Kosten: Kostenlos');
    expect(header['cost.amountEur'].header).toBe('Kosten: Betrag (€)');
    expect(header.socialSpaceIds).toEqual({ header: 'Sozialräume', cell: { type: 'text', value: 'norden, westen' } });
    expect(header.schedules.cell).toEqual({ type: 'text', value: 'freq: WEEKLY; byday: MO, WE; opens: 10:00; closes: 12:00' });
  });

  it('types the cells: days and Berlin times as dates, cents as euros, numbers, booleans as ja/nein', () => {
    const table = buildExportTable(expenses, { resource: 'expenses', translate: de, columns: ['date', 'amountCents', 'createdAt'] });
    expect(table.rows[0].slice(0, 3)).toEqual([
      { type: 'date', value: '2026-03-01' },
      { type: 'euro', value: 1234.56 },
      { type: 'datetime', value: '2026-03-01T10:30:00' }, // CET
    ]);
    expect(table.rows[1].slice(0, 3)).toEqual([
      { type: 'date', value: '2026-07-15' },
      { type: 'euro', value: 19.99 },
      { type: 'datetime', value: '2026-07-16T00:15:00' }, // CEST, the next day in Berlin
    ]);
    const o = buildExportTable([offer], { resource: 'offers', translate: de });
    const cell = (key: string) => o.rows[0][o.columns.findIndex((c) => c.key === key)];
    expect(cell('registrationRequired')).toEqual({ type: 'boolean', value: true, text: 'ja' });
    expect(cell('cost.free')).toEqual({ type: 'boolean', value: false, text: 'nein' });
    expect(cell('cost.amountEur')).toEqual({ type: 'euro', value: 2.5 });
    expect(cell('reviewedAt')).toEqual({ type: 'datetime', value: '2026-02-01T00:30:00' });
    expect(buildExportTable([{ id: 'x', n: -3, period: '2026-03', bad: '2026-02-30' }], { resource: 'measurements' }).rows[0].slice(1)).toEqual([
      { type: 'number', value: -3 },
      { type: 'text', value: '2026-03' },
      { type: 'text', value: '2026-02-30' },
    ]);
  });

  it('neutralises text starting with =, +, - or @ (also inside joined arrays), never numbers', () => {
    const e = buildExportTable(expenses, { resource: 'expenses', translate: de, columns: ['purpose', 'receiptRef'] });
    expect(e.rows[0].slice(0, 2)).toEqual([{ type: 'text', value: `'=HYPERLINK("http://x")` }, { type: 'text', value: "'-42" }]);
    const o = buildExportTable([offer], { resource: 'offers', translate: de, columns: ['title', 'themes', 'contact.phone'] });
    expect(o.rows[0].slice(0, 3)).toEqual([{ type: 'text', value: "'@Elterncafé" }, { type: 'text', value: "'+Bildung, Familie" }, { type: 'text', value: "'+49 2381 123" }]);
  });

  it('shows enum values by their labels and references by the names given, as the list does', () => {
    const table = buildExportTable([offer], {
      resource: 'offers',
      translate: de,
      columns: ['status', 'socialSpaceIds'],
      only: true,
      choices: { status: [{ id: 'published', name: 'app.enum.status.published' }] },
      related: { socialSpaceIds: new Map([['norden', 'Hammer Norden']]) },
    });
    expect(table.columns.map((c) => c.key)).toEqual(['status', 'socialSpaceIds']);
    expect(table.rows[0][0]?.type).toBe('text');
    expect(table.rows[0][0]?.value).not.toBe('published');
    expect(table.rows[0][1]).toEqual({ type: 'text', value: 'Hammer Norden, westen' });
  });
});

describe('the CSV', () => {
  it('has a BOM, the same headers, ; and decimal commas, German dates', () => {
    const table = buildExportTable(expenses, { resource: 'expenses', translate: de, columns: ['date', 'purpose', 'amountCents', 'createdAt'], only: true });
    expect(tableToCsv(table)).toBe(
      '\uFEFFDatum;Zweck;Betrag (€);Erstellt am\r\n' + `01.03.2026;"'=HYPERLINK(""http://x"")";1234,56;01.03.2026 10:30\r\n` + '15.07.2026;Plakate für das Stadtteilfest;19,99;16.07.2026 00:15\r\n',
    );
    const euros = buildExportTable([{ plannedCents: 500000, balanceCents: -1250, ok: true }], { resource: 'budget-lines', translate: de });
    expect(tableToCsv(euros)).toBe('\uFEFFGeplant (€);balanceCents;ok\r\n5000,00;-12,5;ja\r\n');
  });
});

describe('the Excel file', () => {
  const excel = ExcelJS as unknown as ExcelModule;

  it('has a bold, frozen header row with an auto filter and typed cells, read back with exceljs', async () => {
    const table = buildExportTable(
      [...expenses.map((e) => ({ ...e, paid: e.id === 'e1' })), { id: 'e3', date: '2026-12-31', amountCents: 5, purpose: 'Miete', participants: 12 }],
      { resource: 'expenses', translate: de, columns: ['date', 'purpose', 'amountCents', 'createdAt', 'paid', 'participants'], only: true },
    );
    const buffer = await tableToXlsx(table, excel);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet('Ausgaben')!;
    expect(sheet).toBeDefined();
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Datum', 'Zweck', 'Betrag (€)', 'Erstellt am', 'paid', 'participants']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:F1');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('Plakate für das Stadtteilfest'.length);

    const r2 = sheet.getRow(2);
    expect(r2.getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(r2.getCell(1).numFmt).toBe(NUM_FMT.date);
    expect(r2.getCell(2).value).toBe(`'=HYPERLINK("http://x")`);
    expect(r2.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(r2.getCell(3).value).toBe(1234.56);
    expect(r2.getCell(3).numFmt).toBe('#,##0.00 "€"');
    expect(r2.getCell(4).value).toEqual(new Date(Date.UTC(2026, 2, 1, 10, 30)));
    expect(r2.getCell(4).numFmt).toBe('DD.MM.YYYY HH:MM');
    expect(r2.getCell(5).value).toBe('ja');
    expect(sheet.getRow(3).getCell(5).value).toBe('nein');
    expect(sheet.getRow(4).getCell(3).value).toBe(0.05);
    expect(sheet.getRow(4).getCell(4).value).toBeNull();
    expect(sheet.getRow(4).getCell(6).value).toBe(12);
    expect(sheet.getRow(4).getCell(6).type).toBe(ExcelJS.ValueType.Number);
  });

  it('names the sheet within Excel\'s rules', () => {
    const book = tableToWorkbook(buildExportTable([], { resource: 'x/y:[z]*?' }), excel);
    expect(book.worksheets[0].name).toBe('x y  z');
  });
});
