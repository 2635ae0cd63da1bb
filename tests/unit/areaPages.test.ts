// @vitest-environment jsdom
/**
 * The finder's pages of the quarter in public (admin/angebote/areas.ts, issue 33), rendered against answers
 * that the contract's schemas accept (shared/schemas/publicArea.ts), with fetch stubbed: what a resident
 * reads (open now in words, suppressed figures as "weniger als 5", closures), that staff's text stays text,
 * that empty sections are left out and headings do not skip a level, and which API calls the pages make.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { html } from 'htm/preact';
import { PublicAreaPage, PublicCentre, PublicLocation } from '../../shared/schemas/publicArea.ts';
import { AreaPages } from '../../admin/angebote/areas.ts';
import { load, translator, type T } from '../../admin/angebote/i18n.ts';

const t = translator('de');
const AT = '2026-03-02T08:30:00+01:00'; // a Monday morning in Berlin

const page = PublicAreaPage.parse({
  level: 'socialSpace', id: 'norden', name: 'Hammer Norden', levelName: 'Sozialraum',
  socialSpace: { id: 'norden', name: 'Hammer Norden' },
  quarters: [{ id: 'nord-1', name: 'Nordstadt' }],
  profile: {
    intro: 'Ein Stadtteil mit vielen Familien.',
    strengths: 'Viele Vereine.\n\nEin <b>großer</b> Park.',
    photos: [{ url: '/v1/public/photos/a.jpg', alt: 'Kinder im Park', caption: 'Sommerfest' }],
    fromSocialSpace: false, version: 3, updatedAt: '2026-02-20T10:00:00+01:00', textLang: { intro: 'de', strengths: 'de' },
  },
  centres: [{ id: 'zentrum-1', name: 'Bürgerhaus Nord', address: { street: 'Nordstraße 1', postalCode: '59065', city: 'Hamm' }, openNow: { open: true, reason: 'regular', until: '17:00', at: AT } },
    { id: 'zentrum-2', name: 'Treff Süd', address: { street: 'Südweg 2', postalCode: '59065', city: 'Hamm' }, openNow: { open: false, reason: 'regular', next: { day: '2026-03-03', opens: '09:00' }, at: AT } }],
  contacts: [{ key: 'c1', name: 'Eva Muster', role: 'neighbourhood-management', phone: '02381 123 45', email: 'eva@hamm.example', consultationHours: [{ freq: 'WEEKLY', byday: ['TU'], opens: '10:00', closes: '12:00' }] }],
  projects: [{ id: 'p1', title: 'Spielplatz neu', status: 'running', goals: [{ id: 'g1', name: 'Teilhabe' }] }],
  dates: [{ kind: 'offer', id: 'o1', title: 'Elterncafé', date: '2026-03-05', opens: '15:00', closes: '17:00', place: 'Bürgerhaus Nord' }],
  networks: [],
  results: [{
    id: 'r1', indicator: { id: 'i1', name: 'Besuche im Elterncafé', unit: 'Personen', direction: 'higher-is-better' }, goal: { id: 'g1', name: 'Teilhabe' },
    baseline: { value: 12 }, target: { value: 25 }, latest: { value: null, suppressed: 'small', period: '2026-Q4' },
    trend: [{ period: '2026-Q3', value: 20 }, { period: '2026-Q4', value: null, suppressed: 'small' }],
    projects: [{ id: 'p1', title: 'Spielplatz neu' }], downloads: { csv: '/v1/public/results/r1.csv', json: '/v1/public/results/r1.json' },
  }],
  preview: true,
});

const centre = PublicCentre.parse({
  id: 'zentrum-1', name: 'Bürgerhaus Nord', address: { street: 'Nordstraße 1', postalCode: '59065', city: 'Hamm' },
  openNow: { open: false, reason: 'temporarily-closed', at: AT },
  socialSpace: { id: 'norden', name: 'Hammer Norden' }, quarter: { id: 'nord-1', name: 'Nordstadt' },
  openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'WE'], opens: '09:00', closes: '17:00' }],
  upcoming: [{ date: '2026-12-24', until: '2026-12-31', closed: true, note: 'Betriebsferien' }, { date: '2026-04-06', closed: true, holiday: 'Ostermontag' }],
  temporarilyClosed: { note: 'Wasserschaden im Erdgeschoss.', until: '2026-03-20' },
  appointmentHours: [], languages: ['de', 'tr'],
  textLang: { hoursNote: 'de', appointmentNote: 'de', closedNote: 'de', exceptionNotes: 'de', accessibility: 'de' },
  contact: { phone: '02381 1', email: 'haus@hamm.example' },
  offers: [{ id: 'o1', title: 'Elterncafé', next: { date: '2026-03-05', opens: '15:00', closes: '17:00' } }],
});

let answers: Record<string, unknown>;
const asked: string[] = [];
beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    asked.push(url);
    const key = Object.keys(answers).find((k) => url.includes(k));
    return key ? new Response(JSON.stringify(answers[key]), { status: 200 }) : new Response('{}', { status: 404 });
  }));
});
afterEach(() => vi.unstubAllGlobals());

async function show(query: string, lang: T = t) {
  const box = document.createElement('div');
  document.body.replaceChildren(box);
  await act(async () => {
    render(html`<${AreaPages} t=${lang} areas=${{ socialSpaces: [{ id: 'norden', name: 'Hammer Norden' }], quarters: [{ id: 'nord-1', name: 'Nordstadt', socialSpaceId: 'norden' }], themes: [], targetGroups: [], languages: [] }} p=${new URLSearchParams(query)} />`, box);
  });
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return box;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const headingLevels = (box: Element) => [...box.querySelectorAll('h2, h3, h4')].map((h) => Number(h.tagName[1]));

describe('a social space’s page', () => {
  it('asks for the page in the page’s language, with the preview token', async () => {
    answers = { '/public/social-spaces/norden/page': page };
    await show('seite=sozialraum&id=norden&vorschau=tok123');
    expect(asked[0]).toBe('/v1/public/social-spaces/norden/page?lang=de&preview=tok123');
  });

  it('shows what was published, in words, and leaves out what is empty', async () => {
    answers = { '/public/social-spaces/norden/page': page };
    const box = await show('seite=sozialraum&id=norden');
    expect(text(box.querySelector('h2'))).toBe('Sozialraum Hammer Norden');
    expect(text(box.querySelector('.preview-banner'))).toBe('Vorschau – noch nicht veröffentlicht');
    expect(text(box.querySelector('.stand'))).toBe('Stand: 20.2.2026');
    // Staff's text is text: two paragraphs, the tag shown as typed, never parsed.
    const strengths = [...box.querySelectorAll('#area-strengths ~ .plain-text')].map((p) => p.textContent);
    expect(strengths).toEqual(['Viele Vereine.', 'Ein <b>großer</b> Park.']);
    expect(box.querySelector('b')).toBeNull();
    const img = box.querySelector('.photos img')!;
    expect([img.getAttribute('alt'), img.getAttribute('loading'), img.getAttribute('src')]).toEqual(['Kinder im Park', 'lazy', 'http://localhost:3000/v1/public/photos/a.jpg']);
    expect([...box.querySelectorAll('.open-state')].map(text)).toEqual(['● Jetzt geöffnet bis 17:00 Uhr', '○ Geschlossen – öffnet morgen um 09:00 Uhr']);
    expect(box.querySelector('a[href*="seite=zentrum"]')?.getAttribute('href')).toBe('?seite=zentrum&id=zentrum-1');
    expect(box.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:0238112345');
    expect(text(box.querySelector('.person'))).toContain('Quartiersmanagement');
    expect(text(box.querySelector('.person'))).toContain('jeden Dienstag, 10:00–12:00 Uhr');
    expect(text(box.querySelector('#area-projects')?.parentElement)).toContain('Status: läuft');
    expect(text(box.querySelector('.dates'))).toContain('Donnerstag, 5. März, 15:00–17:00 Uhr');
    expect(box.querySelector('#area-networks')).toBeNull();
    expect(text(box.querySelector('.figures'))).toBe('Ausgangswert12Zielwert25Zuletzt (4. Quartal 2026)weniger als 5');
    const downloads = [...box.querySelectorAll('.downloads a')];
    expect(downloads.map((a) => [text(a), a.hasAttribute('download')])).toEqual([['CSV', true], ['JSON', true]]);
    // Headings in order: never a level skipped on the way down.
    const levels = headingLevels(box);
    expect(levels[0]).toBe(2);
    levels.slice(1).forEach((l, i) => expect(l - levels[i]!).toBeLessThanOrEqual(1));
  });

  it('says so when the page does not exist', async () => {
    answers = {};
    const box = await show('seite=quartier&id=gibts-nicht');
    expect(asked[0]).toBe('/v1/public/quarters/gibts-nicht/page?lang=de');
    expect(text(box.querySelector('[role="alert"]'))).toBe('Diese Seite gibt es nicht oder nicht mehr.');
  });
});

describe('in a right-to-left language', () => {
  it('keeps German names marked as such and times whole', async () => {
    answers = { '/public/social-spaces/norden/page': page };
    const ar = await load('ar');
    expect(ar.dir).toBe('rtl');
    const box = await show('seite=sozialraum&id=norden&lang=ar', ar);
    expect(asked[0]).toBe('/v1/public/social-spaces/norden/page?lang=ar');
    const name = box.querySelector('h2 span[lang="de"]')!;
    expect([name.textContent, name.getAttribute('dir')]).toEqual(['Hammer Norden', 'ltr']);
    expect(text(box.querySelector('h2 .kicker'))).toBe('المنطقة');
    // The closing time as Arabic writes it ("5:00 م" in Node's ICU), kept whole between Unicode isolates.
    expect(box.querySelector('.open-state')?.textContent).toMatch(/\u2068[^\u2069]*[05٥٠][^\u2069]*\u2069/);
  });
});

describe('a centre’s page', () => {
  it('puts a closure first and says closures, languages and offers in words', async () => {
    answers = { '/public/centres/zentrum-1': centre };
    const box = await show('seite=zentrum&id=zentrum-1');
    expect(asked[0]).toBe('/v1/public/centres/zentrum-1?lang=de');
    const article = box.querySelector('article')!;
    expect(article.children[1]?.classList.contains('closed-notice')).toBe(true);
    expect([...article.querySelectorAll('.closed-notice p')].map(text)).toEqual(['Vorübergehend geschlossen, voraussichtlich bis 20. März 2026', 'Wasserschaden im Erdgeschoss.']);
    expect(text(article.querySelector('.open-state'))).toBe('○ Vorübergehend geschlossen');
    const items = [...article.querySelectorAll('h3 + ul li')].map(text);
    expect(items).toContain('jeden Montag und Mittwoch, 09:00–17:00 Uhr');
    expect(items).toContain('24.12.–31.12.: geschlossen (Betriebsferien)');
    expect(items).toContain('6.4.: geschlossen (Ostermontag)');
    expect(text(article)).toContain('Hier wird gesprochen: Deutsch und Türkisch');
    expect(article.querySelector('a[href="?angebot=o1"]')).not.toBeNull();
  });
});

describe('Mein Stadtteil', () => {
  it('finds an address and lets the resident choose where a street crosses a border', async () => {
    answers = { '/public/locate': PublicLocation.parse({ matches: [
      { quarterId: 'nord-1', quarterName: 'Nordstadt', socialSpaceId: 'norden', socialSpaceName: 'Hammer Norden', street: 'Nordstraße 1–20' },
      { socialSpaceId: 'westen', socialSpaceName: 'Hammer Westen', street: 'Nordstraße 21–40' },
    ] }) };
    const box = await show('seite=stadtteil');
    expect([...box.querySelectorAll('.area-tree a')].map((a) => a.getAttribute('href'))).toEqual(['?seite=sozialraum&id=norden', '?seite=quartier&id=nord-1']);
    (box.querySelector('#my-address') as HTMLInputElement).value = 'Nordstraße 12';
    await act(() => {
      box.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(asked).toContain('/v1/public/locate?address=Nordstra%C3%9Fe+12');
    const result = box.querySelector('.locate-result')!;
    expect(text(result.querySelector('strong'))).toBe('Hier kommen mehrere Gebiete in Frage. Bitte wählen Sie:');
    expect([...result.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Quartier Nordstadt', '?seite=quartier&id=nord-1'],
      ['Sozialraum Hammer Norden', '?seite=sozialraum&id=norden'],
      ['Sozialraum Hammer Westen', '?seite=sozialraum&id=westen'],
    ]);
  });
});
