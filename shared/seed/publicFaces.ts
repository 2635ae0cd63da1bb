/**
 * The public face of the demo (issue 33): Hammer Norden and Hammer Westen get a full public profile:
 * centres with real-looking opening hours, a holiday closure and a closure on a given date; two
 * contact persons each who consented; a strengths text with photos; public measures, a public
 * festival and public networks; three published indicators each (one counting small numbers); street
 * directories for the address search; and every district its council with its next sessions, one
 * need handed to a council and still open, one answered. Dates follow the seed's anchor day.
 */
import { addDays } from '../time/workingDays.ts';
import { berlinToday } from '../time/months.ts';
import { slug, type SeedItem } from './hamm.ts';
import areas from '../data/hamm-areas.json' with { type: 'json' };
import { areaOfProfile } from '../domain/profileArea.ts';

/** The demo's photos, by the name the seed gives them (stored by seedDemoPhotos, named by their content's key). */
export type DemoPhotoKeys = Record<'norden' | 'westen', string[]>;

const CONSENTING: Record<string, { title: string; phone: string; hours: object[]; note: string; spaces: string }> = {
  'u-quartier-norden': { title: 'Quartiersmanagerin Hammer Norden', phone: '02381 17-4711', hours: [{ freq: 'WEEKLY', byday: ['TU'], opens: '10:00', closes: '12:00' }, { freq: 'WEEKLY', byday: ['TH'], opens: '15:00', closes: '17:30' }], note: 'Im Stadtteilzentrum Hammer Norden, Raum 2; auch nach Vereinbarung.', spaces: 'norden' },
  'u-koordination-norden': { title: 'Stadtteilkoordinator Hammer Norden', phone: '02381 17-4720', hours: [{ freq: 'WEEKLY', byday: ['WE'], opens: '09:00', closes: '11:00' }], note: 'Im Technischen Rathaus, Gustav-Heinemann-Straße 10, Zimmer 214.', spaces: 'norden' },
  'u-quartier-westen': { title: 'Quartiersmanager Hammer Westen', phone: '02381 17-4730', hours: [{ freq: 'WEEKLY', byday: ['MO'], opens: '14:00', closes: '16:00' }, { freq: 'WEEKLY', byday: ['FR'], opens: '09:30', closes: '11:30' }], note: 'Im Stadtteilzentrum Hammer Westen; Termine auch telefonisch.', spaces: 'westen' },
  'u-praevention-westen': { title: 'Präventionskoordinatorin „Kein Kind zurücklassen!“', phone: '02381 17-4740', hours: [{ freq: 'WEEKLY', byday: ['WE'], opens: '13:00', closes: '15:00' }], note: 'Im Familienzentrum Westen, für Eltern mit Kindern bis 18 Jahre.', spaces: 'westen' },
};

/** Streets of the two spaces' quarters, for the address search (Straßenverzeichnis). */
export const STREETS: Record<string, string[]> = {
  'Hamm-Norden': ['Nordstraße', 'Münsterstraße', 'Sternstraße', 'Feidikstraße', 'Bromberger Straße', 'Am Nordenstiftsweg', 'Heessener Straße'],
  'Nordenfeldmark-West': ['Dortmunder Straße', 'Feldmarkweg', 'Am Pilsholz'],
  'Nordenfeldmark-Ost': ['Ostenallee', 'Jägerstraße', 'Nordenfeldmarkweg'],
  'Westen (nördlich Lange Straße)': ['Lange Straße', 'Wilhelmstraße', 'Sedanstraße', 'Fährstraße'],
  'Westen (südlich Lange Straße)': ['Lange Straße', 'Kamener Straße', 'Viktoriastraße', 'Arnoldstraße'],
  Westenfeldmark: ['Westenfeldmarkweg', 'Am Westentor'],
  'Wiescherhöfen und Daberg': ['Wiescherstraße', 'Dabergstraße', 'Alter Uentroper Weg'],
};

const PROFILES = {
  norden: {
    intro: 'Hammer Norden: drei Quartiere zwischen Lippe und Innenstadt, mit vielen jungen Familien und Menschen aus über 60 Ländern.',
    strengths:
      'Im Norden kennt man sich: Der Bürgerverein, die Moscheegemeinde und die Kirchengemeinden laden gemeinsam zum Stadtteilfest ein, und das Familienzentrum ist für viele Eltern die erste Anlaufstelle.\n\n' +
      'Chancen sehen wir am Lippeufer und auf dem Gelände der früheren Zeche: Hier entstehen Spiel- und Treffpunkte, die Jugendliche mitplanen.\n\n' +
      'Was noch fehlt, sagen uns die Bewohnerinnen und Bewohner selbst: mehr Angebote am Abend und Sprachkurse mit Kinderbetreuung.',
    alts: ['Zeichnung: bunte Wohnhäuser an einer Wiese unter blauem Himmel', 'Zeichnung: drei Häuser im Abendlicht'],
    // The introduction in two languages; the strengths stay German (the page says so).
    translations: {
      tr: { intro: "Hammer Norden: Lippe nehri ile şehir merkezi arasında üç mahalle; genç aileler ve 60'tan fazla ülkeden insanlar burada yaşıyor." },
      en: { intro: 'Hammer Norden: three quarters between the river Lippe and the city centre, home to many young families and people from more than 60 countries.' },
    },
  },
  westen: {
    intro: 'Hammer Westen: rund um die Lange Straße, mit Wochenmarkt, vielen kleinen Geschäften und dem Westentor.',
    strengths:
      'Der Westen lebt von seinen Vereinen und seinen Geschäftsleuten: Die Werbegemeinschaft Lange Straße und der Verein „Westen aktiv“ organisieren jeden Sommer den Westenmarkt.\n\n' +
      'Eine Stärke ist das dichte Netz an Kitas und Grundschulen; mit den Übergangslotsen wollen wir es noch enger knüpfen.',
    alts: ['Zeichnung: eine Häuserzeile an einer Straße unter hellem Himmel'],
  },
} as const;

/** Published per space: a large count, a count that is often under 5, and a rate or share. */
const PUBLISHED: Record<string, { indicatorId: string; interpretation: string; measureIds: string[] }[]> = {
  norden: [
    { indicatorId: 'ind-participation', interpretation: 'Seit dem Jugendforum im Frühjahr beteiligen sich deutlich mehr junge Menschen.', measureIds: ['measure-norden-jugend'] },
    { indicatorId: 'ind-self-help-groups', interpretation: 'Die Zahl der Selbsthilfegruppen ist klein; jede neue Gruppe zählt.', measureIds: ['measure-norden-fonds'] },
    { indicatorId: 'ind-kita-rate', interpretation: 'Mehr Familien nutzen einen Kita-Platz, seit der zweite Babytreff läuft.', measureIds: ['measure-norden-babytreff'] },
  ],
  westen: [
    { indicatorId: 'ind-participation', interpretation: 'Der Westenmarkt bringt jedes Jahr viele Menschen zusammen.', measureIds: [] },
    { indicatorId: 'ind-self-help-groups', interpretation: 'Neue Gruppen entstehen vor allem rund um das Familienzentrum.', measureIds: [] },
    { indicatorId: 'ind-waiting-days', interpretation: 'Die Wartezeit ist gesunken, seit die Mietersprechstunde im Stadtteilzentrum stattfindet.', measureIds: ['measure-westen-mieter'] },
  ],
};

/** Indicators whose values are not counts of people or things. */
const VALUE_KINDS: Record<string, string> = { 'ind-kita-rate': 'share', 'ind-offers-current': 'share', 'ind-network-density': 'measure', 'ind-waiting-days': 'measure', 'ind-youth-benefits': 'share' };

const PUBLIC_MEASURES = new Set(['measure-norden-babytreff', 'measure-norden-jugend', 'measure-westen-uebergang', 'measure-westen-mieter']);

/** Closures of a centre: the days between the years (this year's and next), and a training day in nine days. */
function closures(today: string) {
  const year = Number(today.slice(0, 4));
  return [
    ...[year, year + 1].map((y) => ({ date: `${y}-12-24`, until: `${y + 1}-01-01`, closed: true, note: 'Betriebsferien zwischen den Jahren' })),
    { date: addDays(today, 9), closed: true, note: 'Teamfortbildung' },
  ];
}

/** The demo items decorated with their public face (only where the seed creates them: an edited record stays as it is). */
export function withPublicFaces(items: SeedItem[], anchor: Date, photos: DemoPhotoKeys): SeedItem[] {
  const today = berlinToday(anchor);
  const at = anchor.toISOString();
  const decorated = items.map((item): SeedItem => {
    const d = item.data as Record<string, any>;
    if (item.type === 'centre' && ['norden', 'westen'].includes(d.socialSpaceId))
      return { ...item, data: { ...d, exceptions: closures(today), hoursNote: 'In den Schulferien freitags geschlossen.', ...translated({ en: { hoursNote: 'Closed on Fridays during the school holidays.' }, tr: { hoursNote: 'Okul tatillerinde cuma günleri kapalı.' } }, at), appointmentHours: [{ freq: 'WEEKLY', byday: ['TH'], opens: '17:00', closes: '19:00', description: 'Beratung nach Vereinbarung' }], languages: d.socialSpaceId === 'norden' ? ['de', 'tr', 'ar'] : ['de', 'pl', 'ru'] } };
    if (item.type === 'user' && CONSENTING[item.id]) {
      const c = CONSENTING[item.id];
      return { ...item, data: { ...d, publicContact: { title: c.title, phone: c.phone, email: d.email, consultationHours: c.hours, consultationNote: c.note }, publicConsent: { at, by: `user:${item.id}` } } };
    }
    if (item.type === 'measure' && PUBLIC_MEASURES.has(item.id)) return { ...item, data: { ...d, public: true } };
    if (item.type === 'indicator' && VALUE_KINDS[item.id]) return { ...item, data: { ...d, valueKind: VALUE_KINDS[item.id] } };
    if (item.type === 'network' && d.socialSpaceIds?.some((s: string) => s === 'norden' || s === 'westen'))
      return { ...item, data: { ...d, public: true, publicContact: d.socialSpaceIds.includes('norden') ? 'Stadtteilbüro Hammer Norden, Tel. 02381 17-4711' : 'Stadtteilbüro Hammer Westen, Tel. 02381 17-4730' } };
    if (item.type === 'quarter' && STREETS[d.name]) return { ...item, data: { ...d, streets: STREETS[d.name] } };
    if (item.type === 'need' && item.id === 'need-norden-jugend') return { ...item, data: { ...d, handover: { councilId: councilOf(districtOf('norden')), on: addDays(today, -30), note: 'Bitte um Unterstützung bei einem Raum für den Jugendtreff am Abend.' } } };
    if (item.type === 'need' && item.id === 'need-westen-wohnen')
      return { ...item, data: { ...d, handover: { councilId: councilOf(districtOf('westen')), on: addDays(today, -60), note: 'Bitte um eine Mieterberatung vor Ort.', answer: 'Die Bezirksvertretung unterstützt eine Sprechstunde im Stadtteilzentrum und stellt Mittel aus dem Bezirksbudget bereit.', answeredOn: addDays(today, -21) } } };
    return item;
  });
  return [...decorated, ...publicFaceItems(today, anchor, photos, items)];
}

const districtOf = (space: string) => {
  const quarters = areas.socialSpaces.find((s) => s.key === space)!.quarters;
  return areas.districts.find((d) => d.quarters.some((q) => quarters.includes(q)))!.key;
};
const councilOf = (district: string) => `bv-${district}`;

/** Translations as a person made them from the German text's first version (shared/domain/translations.ts). */
const translated = (translations: Record<string, Record<string, string>>, at: string) => ({
  translations,
  textVersion: 1,
  textUpdatedAt: at,
  translationStatus: Object.fromEntries(Object.keys(translations).map((code) => [code, { basedOn: 1, machine: false, updatedAt: at, confirmedBy: 'system:seed' }])),
});

/** The records only the public face has: profiles, published indicators, councils, a festival. */
function publicFaceItems(today: string, anchor: Date, photos: DemoPhotoKeys, items: SeedItem[]): SeedItem[] {
  const at = anchor.toISOString();
  const out: SeedItem[] = [];
  for (const space of ['norden', 'westen'] as const) {
    const p = PROFILES[space];
    const photoList = photos[space].map((key, i) => ({ key, alt: p.alts[i] }));
    const texts = { intro: p.intro, strengths: p.strengths, photos: photoList, ...('translations' in p ? translated(p.translations, at) : {}) };
    out.push({ type: 'areaProfile', id: `profile-${space}`, data: { socialSpaceId: space, area: areaOfProfile({ socialSpaceId: space }), ...texts, published: { ...texts, version: 1, at, by: 'system:seed' } } });
    for (const pub of PUBLISHED[space]) out.push({ type: 'indicatorPublication', id: `pub-${space}-${pub.indicatorId.replace(/^ind-/, '')}`, data: { socialSpaceId: space, ...pub } });
  }
  // A quarter with a text of its own; the others show their space's.
  const nordenQuarter = slug('Hamm-Norden');
  out.push({ type: 'areaProfile', id: 'profile-hamm-norden', data: { socialSpaceId: 'norden', quarterId: nordenQuarter, area: areaOfProfile({ socialSpaceId: 'norden', quarterId: nordenQuarter }), intro: 'Das Quartier Hamm-Norden rund um die Nordstraße: hier stehen das Stadtteilzentrum und das Familienzentrum.', photos: [], published: { intro: 'Das Quartier Hamm-Norden rund um die Nordstraße: hier stehen das Stadtteilzentrum und das Familienzentrum.', photos: [], version: 1, at, by: 'system:seed' } } });
  for (const d of areas.districts)
    out.push({
      type: 'council',
      id: councilOf(d.key),
      data: {
        districtId: d.key,
        name: `Bezirksvertretung ${d.name}`,
        office: { address: { street: 'Theodor-Heuss-Platz 16', postalCode: '59065', city: 'Hamm' }, email: `bezirksbuero.${d.key}@hamm.example`, phone: '02381 17-0' },
        recipients: [`bv-${d.key}@hamm.example`],
        reportDaysBefore: 7,
        sessions: [-21, 12, 54].map((days) => ({ date: addDays(today, days), time: '17:00', place: 'Sitzungssaal des Bezirksbüros' })),
      },
    });
  // A festival residents may come to: a public meeting of a network of Hammer Norden.
  const network = items.find((i) => i.type === 'network' && (i.data as Record<string, any>).socialSpaceIds?.includes('norden'));
  if (network)
    out.push({ type: 'meeting', id: `${network.id}_fest`, data: { networkId: network.id, socialSpaceIds: (network.data as Record<string, any>).socialSpaceIds, targetGroups: (network.data as Record<string, any>).targetGroups ?? [], date: addDays(today, 12), startTime: '14:00', centreId: 'stz-norden', public: true, publicTitle: 'Stadtteilfest Hammer Norden', topics: ['Stadtteilfest'], agreements: [], organisationIds: [] } });
  return out;
}
