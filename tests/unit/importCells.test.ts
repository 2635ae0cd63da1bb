/**
 * Reading spreadsheet cells and files (issue 30) without a table: German numbers, dates, ja/nein,
 * labels or codes of value lists, weekly times; and the file checks that refuse a file whole.
 */
import { describe, expect, it } from 'vitest';
import { readCell, scheduleText } from '../../shared/import/cells.ts';
import { SHEET_SPECS, type Column } from '../../shared/import/specs.ts';
import { decodeText, fileKind, ImportFileError, readSheet } from '../../shared/import/readSheet.ts';

const col = (header: string) => SHEET_SPECS.offers.columns.find((c) => c.header === header)! as Column;

describe('cells', () => {
  it('reads German and spreadsheet forms of numbers, dates and yes/no', () => {
    expect(readCell(col('Kosten in Euro'), '1.234,50 €')).toEqual({ value: 1234.5 });
    expect(readCell(col('Kosten in Euro'), 12.5)).toEqual({ value: 12.5 });
    expect(readCell(col('Kosten in Euro'), 'zwölf')).toEqual({ error: '„zwölf“ ist keine Zahl' });
    expect(readCell(col('Mindestalter'), '6,5')).toEqual({ error: '„6,5“ ist keine ganze Zahl' });
    expect(readCell(col('Gültig ab'), '01.02.2027')).toEqual({ value: '2027-02-01' });
    expect(readCell(col('Gültig ab'), new Date(Date.UTC(2027, 1, 1)))).toEqual({ value: '2027-02-01' });
    expect(readCell(col('Gültig ab'), '31.02.2027')).toEqual({ error: '„31.02.2027“ ist kein Datum (bitte wie 31.12.2026)' });
    expect(readCell(col('Kostenlos'), 'Ja')).toEqual({ value: true });
    expect(readCell(col('Kostenlos'), 'vielleicht')).toEqual({ error: '„vielleicht“: bitte „ja“ oder „nein“' });
    expect(readCell(col('Titel'), '  ')).toEqual({ empty: true });
  });

  it('takes a value list\'s German label or its code, and names the allowed ones otherwise', () => {
    expect(readCell(col('Art'), 'beratung')).toEqual({ value: 'counselling' });
    expect(readCell(col('Art'), 'counselling')).toEqual({ value: 'counselling' });
    expect(readCell(col('Zielgruppen'), 'Eltern; Ältere Menschen, Familien')).toEqual({ value: ['parents', 'seniors', 'families'] });
    expect(readCell(col('Zielgruppen'), 'Eltern; Rentner')).toEqual({ error: expect.stringMatching(/^„Rentner“ ist nicht erlaubt; erlaubt: Kinder, Jugendliche/) });
  });

  it('reads weekly times and writes them back the same way', () => {
    const read = readCell(col('Zeiten'), 'Mo, Mi 15:00-17:00; Fr 9-11 Uhr') as { value: any[] };
    expect(read.value).toEqual([
      { freq: 'WEEKLY', byday: ['MO', 'WE'], opens: '15:00', closes: '17:00' },
      { freq: 'WEEKLY', byday: ['FR'], opens: '09:00', closes: '11:00' },
    ]);
    expect(scheduleText(read.value)).toBe('Mo, Mi 15:00-17:00; Fr 09:00-11:00');
    expect(readCell(col('Zeiten'), 'dienstags vormittags')).toEqual({ error: '„dienstags vormittags“: Zeiten bitte wie „Di 09:00-11:00“ oder „Mo, Mi 15:00-17:00“' });
  });

  it('keeps a postal code\'s leading zero when the spreadsheet made it a number', () => {
    const plz = SHEET_SPECS.centres.columns.find((c) => c.header === 'PLZ')!;
    expect(readCell(plz, 1067)).toEqual({ value: '01067' });
    expect(readCell(plz, '5906')).toEqual({ error: '„5906“ ist keine fünfstellige Postleitzahl' });
  });
});

describe('files', () => {
  it('refuses a 50 MB file before reading it', () => {
    expect(() => fileKind(new Uint8Array(50 * 1024 * 1024), 'gross.xlsx')).toThrow(new ImportFileError('Die Datei ist 50 MB groß; höchstens 4 MB sind möglich. Bitte teilen Sie sie auf mehrere Dateien auf.'));
  });

  it('refuses an old .xls and an empty file', () => {
    expect(() => fileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'alt.xls')).toThrow(/alten Excel-Format/);
    expect(() => fileKind(new Uint8Array(), 'leer.csv')).toThrow('Die Datei ist leer.');
  });

  it('reads Windows-1252 where the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('Straße;Größe', 'latin1'))).toBe('Straße;Größe');
    expect(decodeText(Buffer.from('\uFEFFStraße', 'utf8'))).toBe('Straße');
  });

  it('detects tab separators and refuses a header twice or a column without header but with values', async () => {
    const tab = await readSheet(Buffer.from('Name\tArt\nA\tVerein\n'), 't.csv');
    expect(tab).toEqual({ headers: ['Name', 'Art'], rows: [{ row: 2, cells: ['A', 'Verein'] }] });
    await expect(readSheet(Buffer.from('Name;name\nA;B\n'), 'd.csv')).rejects.toThrow('Die Spalte „name“ kommt zweimal vor.');
    await expect(readSheet(Buffer.from('Name;;Art\nA;x;Verein\n'), 'e.csv')).rejects.toThrow('Spalte 2 hat keine Überschrift, enthält aber Werte.');
  });
});
