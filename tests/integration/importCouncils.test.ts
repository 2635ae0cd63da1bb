/**
 * Importing the district councils' session dates (Bezirksvertretungen) through the real route table,
 * authorizer and DynamoDB Local: the preview names a wrong date and a misspelt district in German, only
 * admins may import councils, the council reads back with its office and sessions, a second import of
 * the same file changes nothing, and a new calendar of a year replaces that year's sessions only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, QM_NORDEN, seedStructure, startApi, type Api, type Client } from '../support/api.ts';
import { b64, filled, rowsOf, waitDone } from '../support/imports.ts';

let api: Api;
let admin: Client;
let qm: Client;

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  await seedStructure(api.repo);
  admin = await api.as(ADMIN);
  qm = await api.as(QM_NORDEN);
}, 60000);
afterAll(() => api?.close());

const heessen = (over: Record<string, unknown> = {}) => ({
  Stadtbezirk: 'Hamm-Heessen',
  Name: 'Bezirksvertretung Hamm-Heessen',
  Sitzungstermine: 'Do, 10.12.2026 17:00 Uhr Bezirksrathaus; 14.01.2027 17:00 Bezirksrathaus; 11.02.2027 17:00 Bezirksrathaus',
  Straße: 'Ahlener Straße 118',
  PLZ: '59073',
  'E-Mail': 'Bezirksbuero.Heessen@hamm.example',
  Telefon: '02381 17-1234',
  'Empfänger des Bezirksberichts': 'bv-heessen@hamm.example; Vorsitz.Heessen@hamm.example',
  'Tage vor der Sitzung': 10,
  ...over,
});
// The district by its id; only sessions (the council is new, so its name is needed: the preview says so).
const mitte = (over: Record<string, unknown> = {}) => ({ Stadtbezirk: 'mitte', Name: 'Bezirksvertretung Hamm-Mitte', Sitzungstermine: '13.01.2027 16:30; 10.02.2027 16:30', ...over });

async function preview(client: Client, rows: Record<string, unknown>[], fileName = 'sitzungskalender.xlsx') {
  const res = await client.post('/imports', { type: 'councils', fileName, content: b64(await filled('councils', rows)) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function run(job: { id: string; version: number }) {
  expect((await admin.post(`/imports/${job.id}/start`, { version: job.version })).status).toBe(202);
  return waitDone(admin, job.id);
}

const councilOf = async (districtId: string) => {
  const list = (await admin.get('/councils', { filter: { districtId } })).body as any[];
  expect(list).toHaveLength(1);
  return list[0];
};

describe('a council sheet', () => {
  it('names a wrong date, a misspelt district and a missing name by column, in German, and writes nothing', async () => {
    const job = await preview(admin, [heessen({ Sitzungstermine: '14.01.2027 17:00; 31.02.2027 17:00' }), mitte({ Stadtbezirk: 'Hamm-Mite' }), mitte({ Name: null })]);
    expect(job.preview).toEqual({ new: 0, changed: 0, unchanged: 0, error: 3 });
    expect((await rowsOf(admin, job.id)).map((r) => [r.row, r.errors])).toEqual([
      [2, [{ column: 'Sitzungstermine', message: '„31.02.2027“ ist kein Datum (bitte wie „14.01.2027 17:00 Bezirksrathaus“)' }]],
      [3, [{ column: 'Stadtbezirk', message: '„Hamm-Mite“ ist kein Stadtbezirk — meinten Sie „Hamm-Mitte“?' }]],
      [4, [{ column: 'Name', message: 'Pflichtangabe fehlt' }]],
    ]);
    expect((await admin.get('/councils')).body).toEqual([]);
  });

  it('is the admins\': anyone else sees every row refused in the preview', async () => {
    const job = await preview(qm, [heessen()]);
    expect(job.preview).toMatchObject({ new: 0, error: 1 });
    expect((await rowsOf(qm, job.id))[0].errors).toEqual([{ column: '', message: 'Dafür fehlt Ihnen die Berechtigung: Bezirksvertretungen (mit Sitzungsterminen) können Sie nicht anlegen oder ändern.' }]);
  });

  it('imports councils with office and sessions, changes nothing the second time, and replaces a year\'s calendar', { timeout: 60000 }, async () => {
    const rows = [heessen(), mitte()];
    const first = await preview(admin, rows);
    expect(first.preview).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
    expect(await run(first)).toMatchObject({ status: 'done', progress: { created: 2, failed: 0 } });

    const bv = await councilOf('heessen');
    expect(bv).toMatchObject({
      name: 'Bezirksvertretung Hamm-Heessen',
      office: { address: { street: 'Ahlener Straße 118', postalCode: '59073', city: 'Hamm' }, email: 'bezirksbuero.heessen@hamm.example', phone: '02381 17-1234' },
      recipients: ['bv-heessen@hamm.example', 'vorsitz.heessen@hamm.example'],
      reportDaysBefore: 10,
      sessions: [
        { date: '2026-12-10', time: '17:00', place: 'Bezirksrathaus' },
        { date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus' },
        { date: '2027-02-11', time: '17:00', place: 'Bezirksrathaus' },
      ],
    });
    expect((await councilOf('mitte')).sessions).toEqual([{ date: '2027-01-13', time: '16:30' }, { date: '2027-02-10', time: '16:30' }]);
    const audit = (await admin.get('/audit-events', { filter: { entityType: 'council', entityId: bv.id } })).body;
    expect(audit[0]).toMatchObject({ action: 'create', via: 'import:sitzungskalender.xlsx row 2' });

    // The same file again: nothing new, nothing doubled.
    const again = await preview(admin, rows);
    expect(again.preview).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
    expect(await run(again)).toMatchObject({ progress: { created: 0, updated: 0, unchanged: 2 } });
    expect((await councilOf('heessen')).sessions).toHaveLength(3);

    // The office notes something on a session by hand; then the 2027 calendar moves February's session.
    const noted = bv.sessions.map((s: any) => (s.date === '2027-01-14' ? { ...s, note: 'mit Bürgerfragestunde' } : s));
    const { id: _id, version, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...data } = await councilOf('heessen');
    expect((await admin.put(`/councils/${bv.id}`, { ...data, sessions: noted, version })).status).toBe(200);
    const moved = await preview(admin, [heessen({ Sitzungstermine: '14.01.2027 17:00 Bezirksrathaus; 18.02.2027 18:00 Bezirksrathaus', Telefon: null })], 'sitzungskalender-2027.xlsx');
    expect(moved.preview).toEqual({ new: 0, changed: 1, unchanged: 0, error: 0 });
    expect((await rowsOf(admin, moved.id))[0].changes).toEqual(['Sitzungstermine']);
    expect(await run(moved)).toMatchObject({ progress: { updated: 1, failed: 0 } });
    expect(await councilOf('heessen')).toMatchObject({
      // An empty cell leaves the stored phone.
      office: { phone: '02381 17-1234' },
      sessions: [
        { date: '2026-12-10', time: '17:00', place: 'Bezirksrathaus' },
        { date: '2027-01-14', time: '17:00', place: 'Bezirksrathaus', note: 'mit Bürgerfragestunde' },
        { date: '2027-02-18', time: '18:00', place: 'Bezirksrathaus' },
      ],
    });
  });
});
