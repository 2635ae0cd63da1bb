/**
 * The address directory through the API against DynamoDB Local: an admin imports the house
 * coordinates (CSV, UTM32), and "Mein Stadtteil" turns an address into a point and the point into
 * its quarter by the boundaries' point-in-polygon; the house number decides on a border street; an
 * unknown number takes the nearest on the same side; bad rows are refused by line and column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAddressCsv } from '../../shared/geo/addressCsv.ts';
import { fromWgs84ToUtm32 } from '../../shared/geo/reproject.ts';
import { illustrativeAddressCsv } from '../../shared/seed/addresses.ts';
import { quarterCentre } from '../../shared/seed/boundaries.ts';
import { KOORD_NORDEN, startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const locate = async (address: string) => (await api.anonymous.get('/public/locate', { address })).body.matches as any[];

beforeAll(async () => {
  process.env.PUBLIC_CACHE_SECONDS = '0';
  ({ api, admin } = await startMinimalApi());
}, 120000);
afterAll(() => api?.close());

describe('address directory', () => {
  it('without a directory, an address is found in the quarters\' street lists as before', async () => {
    expect(await locate('Hauptstraße 1')).toEqual([]);
  });

  it('is imported by admins only, from the official layout of the house coordinates (UTM32), as a new version with its audit entry', async () => {
    const body = { source: 'Hauskoordinaten NRW (Test)', licence: 'Datenlizenz Deutschland – Zero – Version 2.0', csv: illustrativeAddressCsv() };
    expect((await (await api.as(KOORD_NORDEN)).post('/address-directory', body)).status).toBe(403);
    const res = await admin.post('/address-directory', body);
    expect(res.status).toBe(201);
    const rows = readAddressCsv(body.csv);
    expect(res.body.version).toMatchObject({ source: body.source, addresses: rows.ok && rows.rows.length, streets: 25, importedBy: expect.any(String) });
    const audit = (await admin.get('/audit-events', { filter: JSON.stringify({ entityType: 'addressVersion' }) })).body;
    expect(JSON.stringify(audit)).toContain(res.body.version.id);
  });

  it('turns an address into a point and the point into its quarter (point-in-polygon), naming the house', async () => {
    expect(await locate('Nordstr. 7, 59065 Hamm')).toEqual([
      { quarterId: 'hamm-norden', quarterName: 'Hamm-Norden', socialSpaceId: 'norden', socialSpaceName: 'Hammer Norden', street: 'Nordstraße', houseNumber: '7', approximate: false },
    ]);
    expect((await locate('Sedanstraße 10a'))[0]).toMatchObject({ socialSpaceId: 'westen', quarterName: 'Westen (nördlich Lange Straße)', houseNumber: '10a', approximate: false });
  });

  it('lets the house number decide on a street along a quarter border: odd north, even south', async () => {
    const north = await locate('Lange Straße 15');
    const south = await locate('Lange Straße 16');
    expect(north).toHaveLength(1);
    expect(south).toHaveLength(1);
    expect(north[0]).toMatchObject({ quarterName: 'Westen (nördlich Lange Straße)', houseNumber: '15', approximate: false });
    expect(south[0]).toMatchObject({ quarterName: 'Westen (südlich Lange Straße)', houseNumber: '16', approximate: false });
    // Without a number the street is placed along its length: both quarters, for the resident to choose.
    expect((await locate('Lange Straße')).map((m) => m.quarterName).sort()).toEqual(['Westen (nördlich Lange Straße)', 'Westen (südlich Lange Straße)']);
  });

  it('takes the nearest number on the same side for one the directory does not have, and says so', async () => {
    expect(await locate('Lange Straße 99')).toEqual([expect.objectContaining({ quarterName: 'Westen (nördlich Lange Straße)', houseNumber: '39', approximate: true })]);
    expect(await locate('Lange Str. 100, 59067 Hamm')).toEqual([expect.objectContaining({ quarterName: 'Westen (südlich Lange Straße)', houseNumber: '28', approximate: true })]);
  });

  it('reads by key and query, never a Scan', async () => {
    await locate('Nordstraße 3a');
    const seen: string[] = [];
    api.repo.doc.middlewareStack.add((next, ctx) => async (args) => {
      seen.push(String(ctx.commandName));
      return next(args);
    }, { name: 'addressTestSpy' });
    try {
      expect(await locate('Nordstraße 3a')).toHaveLength(1);
    } finally {
      api.repo.doc.middlewareStack.remove('addressTestSpy');
    }
    // Reads by key and query only; the one write is the public catalogue's own snapshot.
    expect(seen).toContain('QueryCommand');
    expect(seen.filter((c) => !['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'TransactWriteItemsCommand'].includes(c))).toEqual([]);
  });

  it('refuses a file with bad rows, field by field with line and column (422), and keeps the directory in use', async () => {
    const [east, north] = fromWgs84ToUtm32(quarterCentre('Hamm-Norden').lng, quarterCentre('Hamm-Norden').lat);
    const csv = `STN;HNR;ADZ;PLZ;EAST;NORTH\nNordstraße;1;;59065;${east};${north}\nNordstraße;x;;59065;${east};${north}\nNordstraße;2;;;;${north}\n`;
    const res = await admin.post('/address-directory', { source: 'kaputt', csv });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([
      { pointer: '/body/csv/3/HNR', detail: expect.stringMatching(/^Zeile 3, Spalte „HNR“: „x“ ist keine Hausnummer/) },
      { pointer: '/body/csv/4/EAST', detail: expect.stringContaining('Zeile 4, Spalte „EAST“') },
    ]);
    expect((await locate('Nordstraße 7'))[0]).toMatchObject({ houseNumber: '7', approximate: false });
  });

  it('a newer version replaces the older: a street only in the old one falls back to the street lists', async () => {
    const [east, north] = fromWgs84ToUtm32(quarterCentre('Nordenfeldmark-Ost').lng, quarterCentre('Nordenfeldmark-Ost').lat);
    const res = await admin.post('/address-directory', { source: 'Neu', csv: `STN;HNR;EAST;NORTH\nNordstraße;7;${east};${north}\n` });
    expect(res.status).toBe(201);
    expect((await locate('Nordstraße 7'))[0]).toMatchObject({ quarterName: 'Nordenfeldmark-Ost', approximate: false });
    // Not in the new directory: the quarters' street lists (the seeded structure has none), so nothing.
    expect(await locate('Sedanstraße 10')).toEqual([]);
  });
});
