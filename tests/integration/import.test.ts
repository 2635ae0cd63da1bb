/**
 * Spreadsheet and HSDS import (issue 30) through the real route table, authorizer and DynamoDB Local:
 * a filled template previews row by row in German, imports through the records' own routes with an
 * audit entry naming file and row, and a second import of the same file changes nothing; CSV as Excel
 * writes it; every kind of unreadable file is refused whole; 10,000 rows survive a failure in the
 * middle without a duplicate; another directory's HSDS export imports as organisations and offers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { templateWorkbook, DATA_SHEET, HELP_SHEET } from '../../shared/import/template.ts';
import { SHEET_SPECS } from '../../shared/import/specs.ts';
import { accessPatterns } from '../../shared/db/accessPatterns.ts';
import { entities } from '../../shared/entities.ts';
import { ADMIN, QM_NORDEN, seedStructure, startApi, type Api, type Client } from '../support/api.ts';
import { b64, filled, rowsOf, waitDone } from '../support/imports.ts';

let api: Api;
let admin: Client;
let qm: Client;

const ORGS = [
  { type: 'organisation', id: 'caritas', data: { name: 'Caritasverband Hamm', kind: 'free-welfare' } },
  { type: 'organisation', id: 'awo', data: { name: 'AWO Unterbezirk Hamm-Warendorf', kind: 'free-welfare' } },
];

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  await seedStructure(api.repo, ORGS);
  admin = await api.as(ADMIN);
  qm = await api.as(QM_NORDEN);
}, 60000);
afterAll(() => api?.close());

const offerRow = (i: number, over: Record<string, unknown> = {}) => ({
  'Externe ID': `T-${i}`,
  Titel: `Importiertes Angebot ${i}`,
  Beschreibung: `Beschreibung ${i}`,
  Art: 'Treffpunkt',
  Status: 'Veröffentlicht',
  Träger: 'Caritasverband Hamm',
  Sozialräume: 'Hammer Norden',
  Themen: 'Bildung; Teilhabe',
  Zielgruppen: 'Eltern; Familien',
  Zeiten: 'Di 09:00-11:00',
  Kostenlos: 'ja',
  // Mixed case, as people type it: stored lower-cased, and a second import still finds nothing to change.
  'Kontakt E-Mail': `Kontakt-${i}@Traeger.example`,
  ...over,
});

describe('the template', () => {
  it('has the German headers, an example row, and a sheet explaining each column with its allowed values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await templateWorkbook('offers'));
    const headers = (wb.getWorksheet(DATA_SHEET)!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(SHEET_SPECS.offers.columns.map((c) => c.header));
    expect(wb.getWorksheet(DATA_SHEET)!.getRow(2).getCell(2).value).toBe('Elterncafé am Dienstag');
    const help = wb.getWorksheet(HELP_SHEET)!;
    const art = help.getRows(1, help.rowCount)!.find((r) => r.getCell(1).value === 'Art')!;
    expect(art.getCell(3).value).toBe('Treffpunkt, Beratung, Kurs, Veranstaltung, Sonstiges');
  });
});

describe('an offer spreadsheet, from preview to a second import', () => {
  it('previews each row in German, refuses to run with errors, imports the corrected file, and finds nothing to change the second time', { timeout: 120000 }, async () => {
    const rows = Array.from({ length: 30 }, (_, i) => offerRow(i + 1));
    rows[12] = offerRow(13, { Sozialräume: 'Nordenn' });
    rows[20] = offerRow(21, { Mindestalter: 12, Höchstalter: 6 });
    rows[25] = offerRow(26, { Mindestalter: 130, 'Kontakt E-Mail': 'kontakt-at-traeger' });
    const wrong = await qm.post('/imports', { type: 'offers', fileName: 'angebote.xlsx', content: b64(await filled('offers', rows)) });
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(201);
    expect(wrong.body).toMatchObject({ status: 'previewed', totalRows: 30, preview: { new: 27, changed: 0, unchanged: 0, error: 3 }, unknownColumns: [] });
    const errors = await rowsOf(qm, wrong.body.id, { status: 'error' });
    expect(errors.map((r) => [r.row, r.errors])).toEqual([
      [14, [{ column: 'Sozialräume', message: '„Nordenn“ ist kein Sozialraum — meinten Sie „Hammer Norden“?' }]],
      [22, [{ column: 'Höchstalter', message: 'Höchstalter liegt unter dem Mindestalter' }]],
      [27, [{ column: 'Mindestalter', message: '„130“ ist zu groß; erlaubt ist höchstens 120' }, { column: 'Kontakt E-Mail', message: '„kontakt-at-traeger“ ist keine gültige E-Mail-Adresse' }]],
    ]);
    const refused = await qm.post(`/imports/${wrong.body.id}/start`, { version: wrong.body.version });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('3 fehlerhafte Zeile(n)');
    // Nothing was written by the preview.
    expect((await qm.get('/offers', { filter: { q: 'Importiertes Angebot' } })).body).toEqual([]);

    rows[12] = offerRow(13);
    rows[20] = offerRow(21, { Mindestalter: 6, Höchstalter: 12 });
    rows[25] = offerRow(26);
    const file = await filled('offers', rows);
    const right = await qm.post('/imports', { type: 'offers', fileName: 'angebote.xlsx', content: b64(file) });
    expect(right.body.preview).toEqual({ new: 30, changed: 0, unchanged: 0, error: 0 });
    expect((await qm.post(`/imports/${right.body.id}/start`, { version: right.body.version })).status).toBe(202);
    const done = await waitDone(qm, right.body.id);
    expect(done).toMatchObject({ status: 'done', progress: { processed: 30, created: 30, updated: 0, unchanged: 0, failed: 0 } });
    // Rows that ran keep their verdict, not the file's cells (contacts are personal data); a preview never run keeps them until it expires.
    const { getRowPart } = await import('../../shared/db/importStore.ts');
    expect(JSON.stringify(await getRowPart(api.repo, right.body.id, 0))).not.toContain('kontakt-1@');
    expect(JSON.stringify(await getRowPart(api.repo, wrong.body.id, 0))).toContain('kontakt-1@');

    const listed = (await qm.get('/offers', { filter: { q: 'Importiertes Angebot 21' } })).body;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ externalId: 'T-21', minAge: 6, maxAge: 12, organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung', 'Teilhabe'], targetGroups: ['parents', 'families'], status: 'published', schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00' }] });
    const audit = (await admin.get('/audit-events', { filter: { entityType: 'offer', entityId: listed[0].id } })).body;
    expect(audit[0]).toMatchObject({ action: 'create', via: 'import:angebote.xlsx row 22', actor: expect.stringMatching(/^user:/) });

    const again = await qm.post('/imports', { type: 'offers', fileName: 'angebote.xlsx', content: b64(file) });
    expect(again.body.preview).toEqual({ new: 0, changed: 0, unchanged: 30, error: 0 });

    // One changed cell: the row is `geändert` with that column, and the run updates with the version check.
    rows[4] = offerRow(5, { Beschreibung: 'Jetzt mit Kinderbetreuung' });
    const changed = await qm.post('/imports', { type: 'offers', fileName: 'angebote-2.xlsx', content: b64(await filled('offers', rows)) });
    expect(changed.body.preview).toEqual({ new: 0, changed: 1, unchanged: 29, error: 0 });
    expect((await rowsOf(qm, changed.body.id, { status: 'changed' })).map((r) => [r.row, r.changes])).toEqual([[6, ['Beschreibung']]]);
    await qm.post(`/imports/${changed.body.id}/start`, { version: changed.body.version });
    expect((await waitDone(qm, changed.body.id)).progress).toMatchObject({ updated: 1, unchanged: 29 });
    const five = (await qm.get('/offers', { filter: { q: 'Importiertes Angebot 5' } })).body.find((o: any) => o.externalId === 'T-5');
    expect(five).toMatchObject({ description: 'Jetzt mit Kinderbetreuung', version: 2, schedules: [{ byday: ['TU'] }] });
  });

  it('judges each row like the clerk\'s own write: another social space is refused in the preview', async () => {
    const res = await qm.post('/imports', { type: 'offers', fileName: 'westen.xlsx', content: b64(await filled('offers', [offerRow(900, { Sozialräume: 'Hammer Westen' })])) });
    expect(res.body.preview.error).toBe(1);
    expect((await rowsOf(qm, res.body.id))[0].errors[0].message).toMatch(/Berechtigung/);
  });
});

describe('what an update keeps', () => {
  it('keeps the slots a Zeiten cell cannot express, and the note of a slot it repeats', async () => {
    const created = await qm.post('/offers', { title: 'Sprechstunde mit Terminen', organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['parents'], externalId: 'S-1', schedules: [
      { freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00', description: 'im Gemeindehaus' },
      { freq: 'MONTHLY', byday: ['TH'], opens: '18:00', closes: '20:00' },
    ] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const row = { 'Externe ID': 'S-1', Titel: 'Sprechstunde mit Terminen', Träger: 'Caritasverband Hamm', Sozialräume: 'Hammer Norden', Themen: 'Bildung', Zielgruppen: 'Eltern' };
    const same = await qm.post('/imports', { type: 'offers', fileName: 'zeiten.xlsx', content: b64(await filled('offers', [{ ...row, Zeiten: 'Di 09:00-11:00' }])) });
    expect(same.body.preview).toMatchObject({ unchanged: 1 });
    const more = await qm.post('/imports', { type: 'offers', fileName: 'zeiten.xlsx', content: b64(await filled('offers', [{ ...row, Zeiten: 'Di 09:00-11:00; Fr 15:00-17:00' }])) });
    expect((await rowsOf(qm, more.body.id))[0]).toMatchObject({ status: 'changed', changes: ['Zeiten'] });
    await qm.post(`/imports/${more.body.id}/start`, { version: more.body.version });
    expect((await waitDone(qm, more.body.id)).progress).toMatchObject({ updated: 1 });
    expect((await qm.get(`/offers/${created.body.id}`)).body.schedules).toEqual([
      { freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00', description: 'im Gemeindehaus' },
      { freq: 'WEEKLY', byday: ['FR'], opens: '15:00', closes: '17:00' },
      { freq: 'MONTHLY', byday: ['TH'], opens: '18:00', closes: '20:00' },
    ]);
  });

  it('never writes a second row naming the same record, even when the clerk runs without the wrong rows', async () => {
    const csv = 'Name;Art\nDoppelt e. V.;Verein\nDoppelt e. V.;Verein\n';
    const job = (await admin.post('/imports', { type: 'organisations', fileName: 'doppelt.csv', content: b64(Buffer.from(csv)) })).body;
    expect((await rowsOf(admin, job.id)).map((r) => [r.row, r.status, r.errors?.[0]?.message])).toEqual([[2, 'new', undefined], [3, 'error', 'Beschreibt denselben Datensatz wie Zeile 2']]);
    await admin.post(`/imports/${job.id}/start`, { version: job.version, skipErrors: true });
    expect((await waitDone(admin, job.id)).progress).toMatchObject({ created: 1, skipped: 1, failed: 0 });
    expect((await admin.get('/organisations', { filter: { q: 'Doppelt' } })).body).toHaveLength(1);
  });
});

describe('a run that stops', () => {
  it('stops on a failure of the moment (not a wrong row) and continues later', async () => {
    const csv = 'Name;Art\nAusfall A;Verein\nAusfall B;Verein\n';
    const job = (await admin.post('/imports', { type: 'organisations', fileName: 'ausfall.csv', content: b64(Buffer.from(csv)) })).body;
    // Every write of an organisation fails as an unreachable database would.
    api.repo.doc.middlewareStack.add((next: any) => async (args: any) => {
      if (args.input?.TransactItems?.some((t: any) => t.Put?.Item?._type === 'organisation')) throw Object.assign(new Error('unreachable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } });
      return next(args);
    }, { step: 'initialize', name: 'down' });
    await admin.post(`/imports/${job.id}/start`, { version: job.version });
    const failed = await waitDone(admin, job.id);
    api.repo.doc.middlewareStack.remove('down');
    expect(failed).toMatchObject({ status: 'failed', nextPart: 0, progress: { processed: 0 } });
    expect(failed.failure).toMatch(/^Der Import wurde unterbrochen: Zeile \d konnte gerade nicht gespeichert werden\. Er kann fortgesetzt werden/);
    await admin.post(`/imports/${job.id}/start`, { version: failed.version });
    expect((await waitDone(admin, job.id)).progress).toMatchObject({ created: 2, failed: 0 });
  });

  it('is held by its run: a second start (and another import of the tenant) is refused while the run holds it, and allowed once its hold ran out', async () => {
    const job = (await admin.post('/imports', { type: 'organisations', fileName: 'haengt.csv', content: b64(Buffer.from('Name;Art\nHängt e. V.;Verein\n')) })).body;
    // A run whose invocation died: running, held by a runner that never comes back.
    const { saveJob } = await import('../../functions/imports/jobs.ts');
    const held = await saveJob(api.repo, job, { status: 'running', runner: 'gone', leaseUntil: new Date(Date.parse('2100-01-01')).toISOString() }, 'user:test');
    const refused = await admin.post(`/imports/${job.id}/start`, { version: held.version });
    expect([refused.status, refused.body.detail]).toEqual([409, 'Der Import läuft bereits.']);
    // Fair use: while it runs, no other import of this municipality starts.
    const second = (await admin.post('/imports', { type: 'organisations', fileName: 'zweiter.csv', content: b64(Buffer.from('Name;Art\nZweiter e. V.;Verein\n')) })).body;
    const waiting = await admin.post(`/imports/${second.id}/start`, { version: second.version });
    expect([waiting.status, waiting.body.detail]).toEqual([409, 'Es läuft bereits ein Import („haengt.csv“). Bitte starten Sie diesen, sobald er abgeschlossen ist.']);
    const expired = await saveJob(api.repo, held, { leaseUntil: '2000-01-01T00:00:00.000Z' }, 'user:test');
    expect((await admin.post(`/imports/${job.id}/start`, { version: expired.version })).status).toBe(202);
    expect((await waitDone(admin, job.id)).progress).toMatchObject({ created: 1 });
    // Once it is done, the second one may start.
    expect((await admin.post(`/imports/${second.id}/start`, { version: second.version })).status).toBe(202);
    expect((await waitDone(admin, second.id)).progress).toMatchObject({ created: 1 });
  });
});

describe('CSV as spreadsheets write it', () => {
  it('reads Windows-1252 with semicolons and UTF-8 with commas, reporting unknown columns', async () => {
    const latin = Buffer.from('Name;Art;Kontakt E-Mail;Bemerkung\r\nFörderverein Süd e. V.;Verein;info@foerder.example;intern\r\n', 'latin1');
    const res = await admin.post('/imports', { type: 'organisations', fileName: 'traeger.csv', content: b64(latin) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.unknownColumns).toEqual(['Bemerkung']);
    expect((await rowsOf(admin, res.body.id))[0]).toMatchObject({ row: 2, status: 'new', label: 'Förderverein Süd e. V.' });

    const utf8 = Buffer.from('\uFEFFName,Art,Beschreibung\n"Nachbarschaftshilfe Ost, Hamm",Verein,"Hilfe im Alltag"\n', 'utf8');
    const res2 = await admin.post('/imports', { type: 'organisations', fileName: 'traeger2.csv', content: b64(utf8) });
    expect((await rowsOf(admin, res2.body.id))[0]).toMatchObject({ status: 'new', label: 'Nachbarschaftshilfe Ost, Hamm' });
  });
});

describe('files that cannot be imported are refused whole, in German, and write nothing', () => {
  const refused = async (fileName: string, bytes: Uint8Array | ArrayBuffer, type = 'offers') => {
    const before = (await admin.get('/imports', { range: [0, 999] })).body.length;
    const res = await admin.post('/imports', { type, fileName, content: b64(bytes) });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect((await admin.get('/imports', { range: [0, 999] })).body.length).toBe(before);
    return res.body.detail as string;
  };

  it('a PDF', async () => {
    expect(await refused('liste.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000', 'latin1'))).toBe('„liste.pdf“ ist keine Tabelle. Bitte laden Sie eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei hoch.');
  });

  it('a password-protected workbook', async () => {
    // An encrypted workbook is an OLE container with an EncryptionInfo stream, whatever its name says.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]);
    expect(await refused('geschuetzt.xlsx', ole)).toMatch(/^Die Arbeitsmappe ist mit einem Kennwort geschützt/);
  });

  it('a formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await filled('offers', [offerRow(1)]));
    wb.getWorksheet(DATA_SHEET)!.getCell('L2').value = { formula: '3*4', result: 12 };
    expect(await refused('formel.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer)).toMatch(/^Die Zelle L2 enthält eine Formel/);
  });

  it('merged header cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await filled('offers', [offerRow(1)]));
    wb.getWorksheet(DATA_SHEET)!.mergeCells('B1:C1');
    expect(await refused('verbunden.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer)).toMatch(/^Die Kopfzeile enthält verbundene Zellen \(B1:C1\)/);
  });

  it('100,000 rows', async () => {
    const csv = `Name;Art\n${Array.from({ length: 100_000 }, (_, i) => `T${i};Verein`).join('\n')}\n`;
    expect(await refused('gross.csv', Buffer.from(csv), 'organisations')).toBe('Die Tabelle hat 100.000 Zeilen; höchstens 20.000 sind in einem Import möglich. Bitte teilen Sie sie auf.');
  });

  it('a text file named like a workbook', async () => {
    expect(await refused('Notizen.xlsx', Buffer.from('Das ist keine Tabelle.\n'))).toBe('„Notizen.xlsx“ ist keine Excel-Arbeitsmappe, auch wenn der Name so endet. Bitte speichern Sie die Tabelle in Excel oder LibreOffice als .xlsx oder CSV.');
  });

  it('an HSDS file that is not one', async () => {
    expect(await refused('leer.json', Buffer.from('null'), 'hsds')).toMatch(/^Die Datei entspricht nicht dem Format HSDS 3.0: sie enthält keine Liste und kein Objekt/);
    expect(await refused('falsch.json', Buffer.from('{"services": {"id": 1}}'), 'hsds')).toMatch(/„services“ ist keine Liste/);
  });

  it('a required column missing', async () => {
    expect(await refused('ohne.csv', Buffer.from('Titel;Beschreibung\nA;B\n'))).toMatch(/^Es fehlen die Pflichtspalten „Träger“, „Sozialräume“, „Themen“, „Zielgruppen“/);
  });

  it('a 50 MB file never reaches the import (413 before any handler)', async () => {
    const res = await admin.raw('/imports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'offers', fileName: 'riesig.xlsx', content: 'A'.repeat(50 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
  });
});

describe('10,000 rows', () => {
  it('import in parts, and a failure in the middle continues where it stopped without a duplicate', { timeout: 600000 }, async () => {
    const csv = `Name;Art;Beschreibung\n${Array.from({ length: 10_000 }, (_, i) => `Massenträger ${String(i).padStart(5, '0')};Verein;Zeile ${i}`).join('\n')}\n`;
    const job = (await admin.post('/imports', { type: 'organisations', fileName: 'massen.csv', content: b64(Buffer.from(csv)) })).body;
    expect(job).toMatchObject({ totalRows: 10_000, parts: 40, preview: { new: 10_000 } });

    // The run's third part writes its rows, then storing their outcome fails: the worst place to stop.
    let outcomes = 0;
    const fault = (next: any) => async (args: any) => {
      const put = args.input?.TransactItems?.[0]?.Put;
      if (put?.Item?._type === 'importRows' && put.ConditionExpression === 'attribute_exists(PK)' && ++outcomes === 3) throw Object.assign(new Error('simulated crash'), { name: 'InternalServerError' });
      return next(args);
    };
    api.repo.doc.middlewareStack.add(fault, { step: 'initialize', name: 'importFault' });
    await admin.post(`/imports/${job.id}/start`, { version: job.version });
    const failed = await waitDone(admin, job.id);
    api.repo.doc.middlewareStack.remove('importFault');
    expect(failed).toMatchObject({ status: 'failed', nextPart: 2, progress: { processed: 500, created: 500 } });
    expect(failed.failure).toMatch(/kann fortgesetzt werden/);

    await admin.post(`/imports/${job.id}/start`, { version: failed.version });
    const done = await waitDone(admin, job.id);
    expect(done).toMatchObject({ status: 'done', progress: { processed: 10_000, failed: 0 } });
    // The part that stopped had written its rows: continued, they are found, not written again.
    expect(done.progress.unchanged).toBe(250);
    expect(done.progress.created).toBe(9_750);

    const names = (await api.repo.queryAll<{ name: string }>(accessPatterns.collection(entities.organisation))).map((o) => o.name).filter((n) => n.startsWith('Massenträger'));
    expect(names).toHaveLength(10_000);
    expect(new Set(names).size).toBe(10_000);
  });
});

describe('another directory\'s HSDS export', () => {
  it('imports as organisations and offers, showing the mapping, and a second import changes nothing', { timeout: 60000 }, async () => {
    const org = { id: 'b1f0c2de-0000-4000-8000-000000000001', name: 'Kinderschutzbund Hamm', description: 'Hilfe für Kinder', email: 'info@ksb.example' };
    const file = {
      organizations: [org],
      services: [
        { id: 'b1f0c2de-0000-4000-8000-0000000000a1', organization_id: org.id, name: 'Elternberatung', description: 'Beratung für Eltern', status: 'active', eligibility_description: 'Eltern, Familien', minimum_age: 0, service_areas: [{ name: 'Hammer Norden' }], languages: [{ code: 'de' }, { code: 'tr' }], attributes: [], cost_options: [{ amount: 0 }] },
      ],
    };
    const res = await admin.post('/imports', { type: 'hsds', fileName: 'verzeichnis.json', content: b64(Buffer.from(JSON.stringify(file))) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.mapping).toContainEqual({ from: 'services[].service_areas[].name', to: 'Angebot: Sozialräume' });
    const rows = await rowsOf(admin, res.body.id);
    expect(rows.map((r) => [r.sheet, r.status, r.label])).toEqual([['organisations', 'new', 'Kinderschutzbund Hamm'], ['offers', 'error', 'Elternberatung']]);
    // Themes are not in the other directory's export: the preview says which column is missing.
    expect(rows[1].errors).toEqual([{ column: 'Themen', message: expect.any(String) }]);

    file.services[0].attributes = [] as never;
    (file.services[0] as any).attributes = [{ taxonomy_term_id: (await import('../../functions/public/hsds.ts')).hsdsId('term:themes', 'Bildung') }];
    const ok = await admin.post('/imports', { type: 'hsds', fileName: 'verzeichnis.json', content: b64(Buffer.from(JSON.stringify(file))) });
    expect(ok.body.preview).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
    await admin.post(`/imports/${ok.body.id}/start`, { version: ok.body.version });
    expect((await waitDone(admin, ok.body.id)).progress).toMatchObject({ created: 2, failed: 0 });
    const offer = (await admin.get('/offers', { filter: { q: 'Elternberatung' } })).body[0];
    const ksb = (await admin.get('/organisations', { filter: { q: 'Kinderschutzbund' } })).body[0];
    expect(offer).toMatchObject({ externalId: `hsds:${file.services[0].id}`, organisationId: ksb.id, socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['parents', 'families'], languages: ['de', 'tr'], status: 'published', cost: { free: true } });

    const again = await admin.post('/imports', { type: 'hsds', fileName: 'verzeichnis.json', content: b64(Buffer.from(JSON.stringify(file))) });
    expect(again.body.preview).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
  });
});
