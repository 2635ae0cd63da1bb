/**
 * The council sheet (Bezirksvertretungen) without a table: a Sitzungstermine cell as a council's
 * Sitzungskalender lists its sessions, read strictly with a German sentence per wrong entry; the
 * recipients' list; how a re-imported calendar meets the stored sessions; and the template from the spec.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCell, sessionText } from '../../shared/import/cells.ts';
import { SHEET_SPECS } from '../../shared/import/specs.ts';
import { DATA_SHEET, HELP_SHEET, templateWorkbook } from '../../shared/import/template.ts';
import { mergeSessions } from '../../functions/imports/merge.ts';
import { council } from '../../shared/schemas/council.ts';

const col = (header: string) => SHEET_SPECS.councils.columns.find((c) => c.header === header)!;
const sessions = col('Sitzungstermine');

describe('a Sitzungstermine cell', () => {
  it('reads dates with an optional weekday, time and place, as a Sitzungskalender lists them', () => {
    expect(readCell(sessions, 'Do, 14.01.2027 17:00 Uhr Bezirksrathaus Heessen; 11.2.2027\n2027-03-11 17.30, Saal 2; Do. 15.04.2027 18 Uhr')).toEqual({
      value: [
        { date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus Heessen' },
        { date: '2027-02-11' },
        { date: '2027-03-11', time: '17:30', place: 'Saal 2' },
        { date: '2027-04-15', time: '18:00' },
      ],
    });
    const read = readCell(sessions, sessions.example as string) as { value: { date: string }[] };
    expect(sessionText(read.value)).toBe(sessions.example);
    // A lone date the spreadsheet made a date cell.
    expect(readCell(sessions, new Date(Date.UTC(2027, 0, 14, 17, 0)))).toEqual({ value: [{ date: '2027-01-14', time: '17:00' }] });
    expect(readCell(sessions, ' ')).toEqual({ empty: true });
    // A session given with its end: the start is kept, the end is no place.
    expect(readCell(sessions, '14.01.2027 17:00-19:00 Bezirksrathaus; 11.02.2027 17 – 19 Uhr')).toEqual({
      value: [{ date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus' }, { date: '2027-02-11', time: '17:00' }],
    });
  });

  it('names every entry it cannot read, in German', () => {
    expect(readCell(sessions, '31.02.2027 17:00; 14.01.2027 25:00; nächsten Donnerstag')).toEqual({
      error:
        '„31.02.2027“ ist kein Datum (bitte wie „14.01.2027 17:00 Bezirksrathaus“); „25:00“ ist keine Uhrzeit (bitte wie „14.01.2027 17:00 Bezirksrathaus“); „nächsten Donnerstag“ ist kein Sitzungstermin (bitte wie „14.01.2027 17:00 Bezirksrathaus“)',
    });
    expect(readCell(sessions, '14.01.2027 17:00; 2027-01-14')).toEqual({ error: 'Der 14.01.2027 ist zweimal genannt' });
    expect(readCell(sessions, '14.01.20271 17:00')).toEqual({ error: '„14.01.20271 17:00“ ist kein Sitzungstermin (bitte wie „14.01.2027 17:00 Bezirksrathaus“)' });
  });
});

it('reads the recipients lower-cased, once each', () => {
  expect(readCell(col('Empfänger des Bezirksberichts'), 'BV@Hamm.example; vorsitz@hamm.example, bv@hamm.example')).toEqual({ value: ['bv@hamm.example', 'vorsitz@hamm.example'] });
});

describe('a re-imported calendar', () => {
  const stored = [
    { date: '2026-12-10', time: '17:00' },
    { date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus', note: 'mit Bürgerfragestunde' },
    { date: '2027-02-11', time: '17:00' },
  ];

  it('changes nothing when it repeats the stored sessions', () => {
    expect(mergeSessions(stored, stored.map(({ note: _n, ...s }) => s))).toEqual(stored);
  });

  it('replaces the sessions of the years it names and keeps other years, notes and what it leaves out', () => {
    expect(mergeSessions(stored, [{ date: '2027-02-18', time: '18:00' }, { date: '2027-01-14' }])).toEqual([
      { date: '2026-12-10', time: '17:00' },
      { date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus', note: 'mit Bürgerfragestunde' },
      { date: '2027-02-18', time: '18:00' },
    ]);
  });
});

describe('the council spec', () => {
  it('fills only fields a council has, and its template explains each column', async () => {
    const fields = Object.keys(council.input.def.shape ?? {});
    for (const c of SHEET_SPECS.councils.columns) expect(fields, c.header).toContain(c.field.split('.')[0]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await templateWorkbook('councils'));
    expect((wb.getWorksheet(DATA_SHEET)!.getRow(1).values as unknown[]).slice(1)).toEqual(SHEET_SPECS.councils.columns.map((c) => c.header));
    const help = wb.getWorksheet(HELP_SHEET)!;
    const row = help.getRows(1, help.rowCount)!.find((r) => r.getCell(1).value === 'Stadtbezirk')!;
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual(['*', 'ein Stadtbezirk im System (Name oder Kennung)']);
    expect(help.getRows(1, help.rowCount)!.find((r) => r.getCell(1).value === 'Sitzungstermine')!.getCell(4).value).toBe(sessions.help);
  });
});
