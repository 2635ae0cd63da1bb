// Temporary local check (deleted afterwards): the built finder in Chromium, every request answered by page.route, no port opened.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, existsSync } from 'node:fs';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

const BASE = 'http://localhost:3999';
const DIST = 'admin/dist';
const areas = { socialSpaces: [{ id: 'norden', name: 'Hammer Norden' }, { id: 'westen', name: 'Hammer Westen' }], quarters: [{ id: 'q1', name: 'Nordenstiftsweg', socialSpaceId: 'norden' }, { id: 'q2', name: 'Westenfeld', socialSpaceId: 'westen' }], themes: ['Bildung', 'Freizeit', 'Gesundheit'], targetGroups: ['children', 'youth', 'parents', 'families', 'seniors'], languages: ['de'] };
const ideas = [{ id: 'i1', socialSpaceId: 'norden', text: 'Mehr Bänke am Spielplatz <b>bitte</b>\nund Schatten', theme: 'Freizeit', targetGroups: ['families'], status: 'taken-up', answer: 'Wir prüfen das mit dem Grünflächenamt.', meToo: 4, createdAt: '2026-03-02T10:00:00Z', quarterId: 'q1' }];
let status = { ...ideas[0], text: 'Mein Text', status: 'received', moderation: 'pending', hasContact: true, meToo: 0 };
const used = new Set(); const log = [];
const problem = (route, code, errors) => route.fulfill({ status: code, contentType: 'application/problem+json', body: JSON.stringify({ status: code, errors }) });

async function api(route, req, url) {
  const p = url.pathname.replace(/^\/v1/, ''); const m = req.method();
  log.push(`${m} ${p}${url.search}`);
  if (p === '/public/areas') return route.fulfill({ json: areas });
  if (p === '/public/challenge') return route.fulfill({ json: await createChallenge({ algorithm: 'SHA-256', cost: 200, deriveKey, expiresAt: new Date(Date.now() + 1800000), data: { issuedAt: Date.now() }, hmacSignatureSecret: 's' }) });
  if (p === '/public/ideas' && m === 'POST') {
    const b = req.postDataJSON();
    log.push(JSON.stringify({ ...b, altcha: '…' }));
    const r = await verifySolution({ challenge: b.altcha.challenge, solution: b.altcha.solution, deriveKey, hmacSignatureSecret: 's' });
    if (!r.verified) return problem(route, 400, [{ pointer: '/body/altcha', detail: 'Sicherheitsprüfung fehlgeschlagen' }]);
    if (Date.now() - b.altcha.challenge.parameters.data.issuedAt < 3000) return problem(route, 400, [{ pointer: '/body/altcha', detail: 'Das ging sehr schnell.' }]);
    if (b.contact?.email === 'kaputt') return problem(route, 400, [{ pointer: '/body/contact/email', detail: 'Bitte geben Sie eine gültige E-Mail-Adresse an' }]);
    if (used.has(b.altcha.challenge.parameters.nonce)) return problem(route, 400, [{ pointer: '/body/altcha', detail: 'schon verwendet' }]);
    used.add(b.altcha.challenge.parameters.nonce);
    return route.fulfill({ status: 201, json: { id: 'new1', statusKey: 'abcdefghijklmnopqrstuvwxyz012345_-AB', status: 'received' } });
  }
  if (p === '/public/ideas') return route.fulfill({ json: url.searchParams.get('socialSpaceId') === 'norden' ? ideas : [], headers: { 'Content-Range': `ideas 0-0/${url.searchParams.get('socialSpaceId') === 'norden' ? 1 : 0}` } });
  if (/\/me-too$/.test(p)) { log.push(req.postData()); return route.fulfill({ json: { meToo: 5, counted: true } }); }
  if (p.startsWith('/public/idea-status/')) {
    if (!p.includes('abcdefghijklmnopqrstuvwxyz012345_-AB')) return problem(route, 404, []);
    if (m === 'DELETE') status = { ...status, hasContact: false };
    return route.fulfill({ json: status });
  }
  return route.fulfill({ status: 404, body: 'nope' });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1000, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
await context.route('**/*', async (route) => {
  const req = route.request(); const url = new URL(req.url());
  if (url.origin !== BASE) return route.abort();
  if (url.pathname.startsWith('/v1/')) return api(route, req, url);
  if (url.pathname === '/config.json') return route.fulfill({ json: {} });
  const file = url.pathname.startsWith('/angebote/') && !url.pathname.endsWith('.js') ? `${DIST}/angebote/index.html` : `${DIST}${url.pathname}`;
  if (!existsSync(file)) return route.fulfill({ status: 404 });
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
  return route.fulfill({ body: readFileSync(file), contentType: type });
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const axe = async (label) => { const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze(); console.log(`axe ${label}:`, r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)); };

await page.goto(`${BASE}/angebote/`);
await page.getByRole('link', { name: 'Mitmachen', exact: true }).click();
await page.getByRole('heading', { level: 2, name: 'Sagen Sie uns, was fehlt' }).waitFor();
console.log('url', page.url());
await page.getByText(/Wählen Sie oben einen Sozialraum/).waitFor();
await axe('empty form');
// Client checks
await page.getByRole('button', { name: 'Anliegen senden' }).click();
await page.getByText('Bitte prüfen Sie Ihre Angaben.').waitFor();
console.log('focused after errors:', await page.evaluate(() => document.activeElement?.id), await page.getByLabel('Ihr Anliegen oder Ihre Idee').getAttribute('aria-describedby'));
await axe('errors');
await page.screenshot({ path: '/tmp/finder-join-errors.png', fullPage: true });
await page.getByLabel('Ihr Anliegen oder Ihre Idee').fill('Es fehlt ein Treffpunkt für Jugendliche am Abend.');
await page.getByLabel('Thema').selectOption('Freizeit');
await page.getByLabel('Jugendliche').check().catch(async () => console.log('labels:', await page.locator('.choices label').allInnerTexts()));
await page.getByLabel('Sozialraum').selectOption({ label: 'Hammer Norden' });
await page.getByText('1 veröffentlichtes Anliegen aus Hammer Norden').waitFor();
await page.getByLabel('E-Mail').fill('kaputt');
await page.getByRole('button', { name: 'Anliegen senden' }).click();
await page.getByText(/Bitte stimmen Sie zu/).waitFor();
await page.getByLabel(/Ich bin einverstanden/).check();
const t0 = Date.now();
await page.getByRole('button', { name: 'Anliegen senden' }).click();
await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse an').waitFor();
console.log('server error after', Date.now() - t0, 'ms; focused:', await page.evaluate(() => document.activeElement?.id));
await page.getByLabel('E-Mail').fill('anna@example.org');
await page.getByRole('button', { name: 'Anliegen senden' }).click();
await page.getByRole('heading', { name: /Vielen Dank/ }).waitFor();
console.log('focused after send:', await page.evaluate(() => document.activeElement?.textContent));
const link = await page.getByRole('link', { name: /seite=status/ }).getAttribute('href');
console.log('status link', link);
await page.getByRole('button', { name: 'Link kopieren' }).click();
await page.getByText('Der Link ist kopiert.').waitFor();
console.log('clipboard', await page.evaluate(() => navigator.clipboard.readText()));
await axe('confirmation');
await page.screenshot({ path: '/tmp/finder-join-done.png', fullPage: true });
// me too
await page.getByRole('button', { name: 'Das betrifft mich auch (4)' }).click();
await page.getByRole('button', { name: 'Sie haben das schon gesagt (5)' }).waitFor();
console.log('disabled?', await page.getByRole('button', { name: /schon gesagt/ }).isDisabled(), 'stored', await page.evaluate(() => JSON.stringify(localStorage)));
await page.getByRole('button', { name: 'Noch ein Anliegen senden' }).click();
await page.getByLabel('Ihr Anliegen oder Ihre Idee').fill('Zweites Anliegen, schnell geschickt.');
await page.getByLabel('Thema').selectOption('Bildung');
const t1 = Date.now();
await page.getByRole('button', { name: 'Anliegen senden' }).click();
await page.getByText('Einen Moment bitte …').waitFor().then(() => console.log('waiting message shown'), () => console.log('no waiting message'));
await page.getByRole('heading', { name: /Vielen Dank/ }).waitFor();
console.log('second send took', Date.now() - t1, 'ms');
// status page
await page.goto(link);
await page.getByRole('heading', { level: 2, name: 'Ihr Anliegen' }).waitFor();
await page.getByText('Wird geprüft, noch nicht veröffentlicht').waitFor();
await page.getByText('eingegangen').first().waitFor();
await axe('status');
await page.getByRole('button', { name: 'Meine Kontaktdaten löschen' }).click();
await page.getByRole('button', { name: 'Ja, Kontaktdaten löschen' }).click();
await page.getByText('Ihre Kontaktdaten sind gelöscht.').waitFor();
await page.screenshot({ path: '/tmp/finder-status.png', fullPage: true });
await page.goto(`${BASE}/angebote/?seite=status&key=wrongwrongwrongwrongwrongwrongwrong`);
await page.getByText(/Zu diesem Link gibt es kein Anliegen/).waitFor();
await page.goto(`${BASE}/angebote/?seite=mitmachen&lang=en`);
await page.getByRole('heading', { name: 'Tell us what is missing' }).waitFor();
await axe('english');
const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
await narrow.route('**/*', (r) => r.abort());
console.log(log.join('\n'));
await browser.close();
