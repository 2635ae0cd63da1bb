/**
 * Each tenant's own themes and target groups, through the local server on a table of its own (the
 * test changes Musterstadt's settings): Hamm keeps the shared lists, Musterstadt has no
 * „Existenzsicherung“ and no job seekers but a theme of its own, „Klimaschutz“. Requests are checked
 * against the lists of their tenant; the public areas, HSDS, the matrix and the import follow them;
 * a theme struck off leaves the records that carry it readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { putTenant } from '../../shared/db/platformStore.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { MUSTERSTADT_USERS, musterstadtItems } from '../../shared/seed/musterstadt.ts';
import { demoTenants, inDemoTenant, SECOND_TENANT } from '../../shared/seed/tenants.ts';
import { TARGET_GROUPS, THEMES } from '../../shared/schemas/values.ts';
import { ADMIN, offerBody, seedStructure, startApi, type Api, type Client } from '../support/api.ts';
import { SEED_TODAY } from '../support/constants.ts';

let api: Api;
let hamm: Client;
let muster: Client;

/** A GET with the Host header a browser sends to that address (fetch would replace it). */
function getFrom(host: string, path: string): Promise<{ status: number; body: any }> {
  const url = new URL(`${api.url}${path}`);
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { Host: `${host}:${url.port}` } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      })
      .on('error', reject);
  });
}

const klimaOffer = { title: 'Reparaturcafé Auenviertel', organisationId: 'buergerverein', socialSpaceIds: ['auenviertel'], themes: ['Klimaschutz'], targetGroups: ['everyone'], status: 'published' };
const settingsOf = (t: any) => ({ name: t.name, state: t.state, levels: t.levels, languages: t.languages, look: t.look, themes: t.themes, targetGroups: t.targetGroups, version: t.version });
const b64 = (text: string) => Buffer.from(text).toString('base64');

beforeAll(async () => {
  api = await startApi({ table: 'fresh' });
  for (const entry of demoTenants(SEED_TODAY.toISOString())) await putTenant(api.repo, entry);
  await seedStructure(api.repo, [{ type: 'organisation', id: 'caritas', data: { name: 'Caritasverband Hamm', kind: 'free-welfare' } }]);
  await inDemoTenant(SECOND_TENANT, () => applySeed(api.repo, musterstadtItems(SEED_TODAY), { illustrativeBoundaries: false }));
  hamm = await api.as(ADMIN);
  muster = await api.as(MUSTERSTADT_USERS[0].email);
}, 120_000);
afterAll(() => api?.close());

describe('each tenant\'s themes and target groups', () => {
  it('Musterstadt files an offer under its own theme; Hamm is told, field by field, that the theme is not its own', async () => {
    const mine = await muster.post('/offers', klimaOffer);
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body.themes).toEqual(['Klimaschutz']);
    const theirs = await hamm.post('/offers', offerBody({ themes: ['Bildung', 'Klimaschutz'] }));
    expect(theirs.status).toBe(400);
    expect(theirs.body.errors).toEqual([{ pointer: '/body/themes/1', detail: 'Kein Thema dieser Kommune: Klimaschutz', code: 'custom' }]);
    // …and Musterstadt names no job seekers and has struck off „Existenzsicherung“.
    const struck = await muster.post('/offers', { ...klimaOffer, title: 'Jobcafé', themes: ['Existenzsicherung'], targetGroups: ['unemployed'] });
    expect(struck.status).toBe(400);
    expect(struck.body.errors.map((e: any) => [e.pointer, e.detail])).toEqual([
      ['/body/themes/0', 'Kein Thema dieser Kommune: Existenzsicherung'],
      ['/body/targetGroups/0', 'Keine Zielgruppe dieser Kommune: Arbeitsuchende'],
    ]);
    expect((await hamm.post('/offers', offerBody({ themes: ['Existenzsicherung'], targetGroups: ['unemployed'] }))).status).toBe(201);
  });

  it('the public areas, the public face and HSDS list the tenant\'s own; Hamm\'s are the shared lists', async () => {
    const [m, h] = [await getFrom('musterstadt.localhost', '/public/areas'), await getFrom('localhost', '/public/areas')];
    expect(m.body.themes).toEqual([...THEMES.filter((t) => t !== 'Existenzsicherung'), 'Klimaschutz']);
    expect(m.body.targetGroups).toEqual(TARGET_GROUPS.filter((g) => g !== 'unemployed'));
    expect(h.body).toMatchObject({ themes: THEMES, targetGroups: TARGET_GROUPS });
    expect((await getFrom('musterstadt.localhost', '/public/tenant')).body.themes).toContain('Klimaschutz');
    expect((await muster.get('/me')).body.tenant).toMatchObject({ themes: m.body.themes, targetGroups: m.body.targetGroups });
    const terms = (await getFrom('musterstadt.localhost', '/hsds/taxonomy_terms?per_page=100')).body.contents.map((t: any) => t.code);
    expect(terms).toContain('Klimaschutz');
    expect(terms).not.toContain('Existenzsicherung');
    // The finder's filter takes the tenant's themes.
    const found = await getFrom('musterstadt.localhost', `/public/offers?theme=${encodeURIComponent('Klimaschutz')}`);
    expect(found.status).toBe(200);
    expect(found.body.map((o: any) => o.title)).toEqual(expect.arrayContaining(['Nachbarschaftscafé Altstadt', klimaOffer.title]));
    // A theme Hamm does not have finds nothing there; a resident's old link never meets an error.
    const elsewhere = await getFrom('localhost', `/public/offers?theme=${encodeURIComponent('Klimaschutz')}`);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toEqual([]);
  });

  it('the need-offer matrix has a column per theme of the tenant', async () => {
    const matrix = await muster.get('/social-spaces/auenviertel/matrix', { view: 'all' });
    expect(matrix.status, JSON.stringify(matrix.body)).toBe(200);
    expect(matrix.body.themes).toContain('Klimaschutz');
    expect(matrix.body.themes).not.toContain('Existenzsicherung');
    expect((await hamm.get('/social-spaces/norden/matrix', { view: 'all' })).body.themes).toEqual(THEMES);
  });

  it('a spreadsheet names the tenant\'s own themes, in the preview and in the run', async () => {
    const csv = `Titel;Träger;Sozialräume;Themen;Zielgruppen\nKlimafrühstück;Bürgerverein Musterstadt e. V.;Altstadt;klimaschutz;Alle\nSchuldnerberatung;Bürgerverein Musterstadt e. V.;Altstadt;Existenzsicherung;Arbeitsuchende\n`;
    const job = await muster.post('/imports', { type: 'offers', fileName: 'klima.csv', content: b64(csv) });
    expect(job.status, JSON.stringify(job.body)).toBe(201);
    expect(job.body.preview).toMatchObject({ new: 1, error: 1 });
    expect((await muster.post(`/imports/${job.body.id}/start`, { version: job.body.version, skipErrors: true })).status).toBe(202);
    for (let i = 0; i < 100 && (await muster.get(`/imports/${job.body.id}`)).body.status === 'running'; i++) await new Promise((r) => setTimeout(r, 200));
    const made = (await muster.get('/offers', { filter: { q: 'Klimafrühstück' } })).body;
    expect(made.map((o: any) => o.themes)).toEqual([['Klimaschutz']]);
  });

  it('the tenant\'s admin sets them: a theme twice or an unknown target group is a field error', async () => {
    const current = (await muster.get('/tenant')).body;
    expect(current).toMatchObject({ themes: expect.arrayContaining(['Klimaschutz']), targetGroups: expect.not.arrayContaining(['unemployed']) });
    // Hamm's entry names no lists: its settings show the shared ones.
    expect((await hamm.get('/tenant')).body).toMatchObject({ themes: THEMES, targetGroups: TARGET_GROUPS });
    const twice = await muster.put('/tenant', { ...settingsOf(current), themes: ['Bildung', 'Klimaschutz', 'bildung'] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([expect.objectContaining({ pointer: '/body/themes/2', detail: 'Thema doppelt: bildung' })]);
    const unknown = await muster.put('/tenant', { ...settingsOf(current), targetGroups: ['children', 'pets'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ pointer: '/body/targetGroups/1' })]);
    expect((await muster.put('/tenant', { ...settingsOf(current), themes: [] })).body.errors).toEqual([expect.objectContaining({ pointer: '/body/themes' })]);
  });

  it('a theme struck off: its records still read (200) and are found by it; new ones may not name it', async () => {
    const current = (await muster.get('/tenant')).body;
    const offer = (await muster.get('/offers', { filter: { q: klimaOffer.title } })).body[0];
    const saved = await muster.put('/tenant', { ...settingsOf(current), themes: current.themes.filter((t: string) => t !== 'Klimaschutz') });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    try {
      expect(saved.body.themes).not.toContain('Klimaschutz');
      const read = await muster.get(`/offers/${offer.id}`);
      expect(read.status).toBe(200);
      expect(read.body.themes).toEqual(['Klimaschutz']);
      expect((await muster.get('/offers', { filter: { theme: 'Klimaschutz' } })).body.map((o: any) => o.id)).toContain(offer.id);
      expect((await getFrom('musterstadt.localhost', `/public/offers/${offer.id}`)).status).toBe(200);
      expect((await getFrom('musterstadt.localhost', '/hsds/services')).status).toBe(200);
      expect((await muster.get('/social-spaces/auenviertel/matrix', { view: 'all' })).status).toBe(200);
      expect((await getFrom('musterstadt.localhost', '/public/areas')).body.themes).not.toContain('Klimaschutz');
      expect((await muster.get('/me')).body.tenant.themes).not.toContain('Klimaschutz');
      const again = await muster.post('/offers', { ...klimaOffer, title: 'Klimastammtisch' });
      expect(again.body.errors).toEqual([expect.objectContaining({ pointer: '/body/themes/0', detail: 'Kein Thema dieser Kommune: Klimaschutz' })]);
      // Changing the old record asks for a current theme, naming the one struck off.
      const kept = await muster.put(`/offers/${offer.id}`, { ...read.body, title: `${offer.title} (neu)` });
      expect(kept.body.errors).toEqual([expect.objectContaining({ pointer: '/body/themes/0', detail: 'Kein Thema dieser Kommune: Klimaschutz' })]);
      expect((await muster.put(`/offers/${offer.id}`, { ...read.body, themes: ['Teilhabe'] })).status).toBe(200);
    } finally {
      expect((await muster.put('/tenant', { ...settingsOf(saved.body), themes: current.themes })).status).toBe(200);
    }
  });
});
