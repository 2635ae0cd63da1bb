/**
 * Realistic demo data for a living local system: organisations, centres, 60 offers,
 * 13 indicators (3–4 per goal, 6 of them computed) with targets, and 18 months of entered
 * measurements with gaps. Networks, meetings and activities are in networks.ts.
 * Deterministic: the same `today` always yields the same data (golden tests rely on it).
 */
import { programmes, quarterNamesOf, quartersOf, socialSpaceKeys, socialSpaceNames, type SeedItem } from './hamm.ts';
import { quarterCentre } from './boundaries.ts';
import { seededBaseline } from './baselines.ts';
import type { Metric } from '../schemas/indicator.ts';
import { monthsEndingWith, previousMonth } from '../time/months.ts';
import { offerTranslations } from './offerTranslations.ts';

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ORGANISATIONS: [id: string, name: string, kind: string, parentId?: string][] = [
  ['stadt-hamm', 'Stadt Hamm', 'public'],
  ['stadt-jugendamt', 'Stadt Hamm – Jugendamt', 'public', 'stadt-hamm'],
  ['stadt-soziales', 'Stadt Hamm – Amt für Soziales, Wohnen und Pflege', 'public', 'stadt-hamm'],
  ['stadt-vhs', 'Volkshochschule Hamm', 'public', 'stadt-hamm'],
  ['caritas', 'Caritasverband Hamm', 'free-welfare'],
  ['diakonie', 'Diakonie Ruhr-Hellweg', 'free-welfare'],
  ['awo', 'AWO Unterbezirk Hamm-Warendorf', 'free-welfare'],
  ['drk', 'DRK-Kreisverband Hamm', 'free-welfare'],
  ['paritaet', 'Der Paritätische – Kreisgruppe Hamm', 'free-welfare'],
  ['skf', 'Sozialdienst katholischer Frauen Hamm', 'free-welfare', 'caritas'],
  ['buergerverein-norden', 'Bürgerverein Hammer Norden', 'association'],
  ['westen-aktiv', 'Westen aktiv e. V.', 'association'],
  ['sportbund', 'Stadtsportbund Hamm', 'association'],
  ['kulturwerkstatt', 'Kulturwerkstatt Hamm e. V.', 'association'],
  ['integrationsrat', 'Integrationsagentur Hamm', 'other'],
];

const OFFER_TEMPLATES: {
  title: string;
  kind: string;
  themes: string[];
  groups: string[];
  ages?: [number, number];
  days: string[];
  opens: string;
  closes: string;
  programmes?: number[];
}[] = [
  { title: 'Elterncafé', kind: 'meeting-point', themes: ['Bildung', 'Teilhabe'], groups: ['parents', 'families'], days: ['TU'], opens: '09:00', closes: '11:00', programmes: [0] },
  { title: 'Sprachcafé Deutsch', kind: 'meeting-point', themes: ['Bildung', 'Teilhabe'], groups: ['migrants'], days: ['WE'], opens: '15:00', closes: '17:00' },
  { title: 'Hausaufgabenhilfe', kind: 'course', themes: ['Bildung'], groups: ['children'], ages: [6, 12], days: ['MO', 'WE', 'TH'], opens: '14:00', closes: '16:00', programmes: [0] },
  { title: 'Seniorentreff', kind: 'meeting-point', themes: ['Teilhabe', 'Gesundheit'], groups: ['seniors'], ages: [60, 120], days: ['TH'], opens: '14:30', closes: '17:00', programmes: [1] },
  { title: 'Schuldnerberatung', kind: 'counselling', themes: ['Existenzsicherung'], groups: ['everyone'], days: ['MO'], opens: '09:00', closes: '12:00' },
  { title: 'Jobcoaching', kind: 'counselling', themes: ['Arbeit', 'Existenzsicherung'], groups: ['unemployed'], ages: [18, 67], days: ['TU', 'TH'], opens: '10:00', closes: '13:00' },
  { title: 'Mieterberatung', kind: 'counselling', themes: ['Wohnen'], groups: ['everyone'], days: ['WE'], opens: '16:00', closes: '18:00' },
  { title: 'Offener Kindertreff', kind: 'meeting-point', themes: ['Teilhabe', 'Kultur'], groups: ['children'], ages: [6, 13], days: ['MO', 'FR'], opens: '15:00', closes: '18:00', programmes: [0] },
  { title: 'Jugendtreff', kind: 'meeting-point', themes: ['Teilhabe'], groups: ['youth'], ages: [12, 21], days: ['TU', 'FR'], opens: '16:00', closes: '20:00', programmes: [0] },
  { title: 'Familienfrühstück', kind: 'event', themes: ['Teilhabe', 'Gesundheit'], groups: ['families'], days: ['SA'], opens: '10:00', closes: '12:00', programmes: [0] },
  { title: 'Beratung für Zugewanderte', kind: 'counselling', themes: ['Teilhabe', 'Existenzsicherung'], groups: ['migrants'], days: ['TH'], opens: '09:00', closes: '12:00' },
  { title: 'Inklusive Sportgruppe', kind: 'course', themes: ['Inklusion', 'Gesundheit'], groups: ['people-with-disabilities', 'everyone'], days: ['WE'], opens: '17:00', closes: '18:30' },
  { title: 'Bewegung 60+', kind: 'course', themes: ['Gesundheit'], groups: ['seniors'], ages: [60, 120], days: ['MO'], opens: '10:00', closes: '11:00', programmes: [1] },
  { title: 'Repair-Café', kind: 'event', themes: ['Teilhabe', 'Kultur'], groups: ['everyone'], days: ['SA'], opens: '11:00', closes: '14:00' },
  { title: 'Stadtteilchor', kind: 'course', themes: ['Kultur'], groups: ['everyone'], days: ['TH'], opens: '19:00', closes: '21:00' },
  { title: 'Babytreff', kind: 'meeting-point', themes: ['Gesundheit', 'Bildung'], groups: ['parents'], ages: [0, 1], days: ['FR'], opens: '09:30', closes: '11:00', programmes: [0] },
  { title: 'Bewerbungswerkstatt', kind: 'course', themes: ['Arbeit'], groups: ['youth', 'unemployed'], ages: [15, 27], days: ['WE'], opens: '13:00', closes: '15:00' },
  { title: 'Nachbarschaftsgarten', kind: 'meeting-point', themes: ['Teilhabe', 'Wohnen'], groups: ['everyone'], days: ['SA'], opens: '10:00', closes: '13:00', programmes: [2] },
  { title: 'Computerkurs für Ältere', kind: 'course', themes: ['Bildung', 'Teilhabe'], groups: ['seniors'], ages: [55, 120], days: ['TU'], opens: '10:00', closes: '12:00', programmes: [1] },
  { title: 'Lernpatenschaften', kind: 'course', themes: ['Bildung', 'Inklusion'], groups: ['children', 'youth'], ages: [8, 16], days: ['MO', 'TH'], opens: '15:00', closes: '17:00', programmes: [0] },
];

const ORG_FOR_THEME: Record<string, string[]> = {
  Bildung: ['stadt-vhs', 'caritas', 'awo', 'stadt-jugendamt'],
  Teilhabe: ['buergerverein-norden', 'westen-aktiv', 'diakonie', 'awo'],
  Inklusion: ['paritaet', 'sportbund'],
  Gesundheit: ['drk', 'sportbund', 'caritas'],
  Arbeit: ['diakonie', 'stadt-soziales'],
  Existenzsicherung: ['caritas', 'skf', 'stadt-soziales'],
  Wohnen: ['stadt-soziales', 'diakonie'],
  Kultur: ['kulturwerkstatt', 'stadt-vhs'],
};

export interface IndicatorSeed {
  id: string;
  goalId: string;
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  frequency: 'monthly' | 'quarterly' | 'yearly';
  base: [number, number];
  improvement: number;
  minValue?: number;
  maxValue?: number;
  responsibleRole: string;
  dataSource: string;
  /** A computed indicator: its values come from the metric job (shared/metrics/). */
  metric?: string;
  /** Computed only for the last N months; the months before hold values entered by hand. */
  computedMonths?: number;
  /** Reported by these partner organisations (for every social space) for the last `partnerMonths` months. */
  reporters?: string[];
  partnerMonths?: number;
}

export const INDICATORS: IndicatorSeed[] = [
  { id: 'ind-participation', goalId: 'goal-1', name: 'Teilnahmen an Beteiligungsformaten', unit: 'Personen', direction: 'higher-is-better', frequency: 'monthly', base: [60, 250], improvement: 0.08, minValue: 0, responsibleRole: 'neighbourhood-management', dataSource: 'Aktivitäten der Stadtteilarbeit', metric: 'participants' },
  { id: 'ind-kita-rate', goalId: 'goal-1', name: 'Kita-Besuchsquote (3–6 Jahre)', unit: '%', direction: 'higher-is-better', frequency: 'quarterly', base: [78, 95], improvement: 0.02, minValue: 0, maxValue: 100, responsibleRole: 'prevention', dataSource: 'Jugendamt, Kita-Statistik' },
  { id: 'ind-culture-visits', goalId: 'goal-1', name: 'Besuche von Kultur- und Bildungsangeboten', unit: 'Besuche', direction: 'higher-is-better', frequency: 'monthly', base: [120, 400], improvement: 0.08, minValue: 0, responsibleRole: 'neighbourhood-management', dataSource: 'Angebotsstatistik' },
  { id: 'ind-network-meetings', goalId: 'goal-2', name: 'Netzwerktreffen im Sozialraum', unit: 'Treffen', direction: 'higher-is-better', frequency: 'monthly', base: [1, 2], improvement: 0.03, minValue: 0, responsibleRole: 'coordination', dataSource: 'Sitzungen der Netzwerke', metric: 'meetings-held' },
  { id: 'ind-network-partners', goalId: 'goal-2', name: 'Aktive Netzwerkpartner', unit: 'Partner', direction: 'higher-is-better', frequency: 'quarterly', base: [6, 12], improvement: 0.03, minValue: 0, responsibleRole: 'coordination', dataSource: 'Anwesenheit in Netzwerksitzungen (12 Monate)', metric: 'active-partners' },
  { id: 'ind-network-density', goalId: 'goal-2', name: 'Dichte der Netzwerke', unit: '%', direction: 'higher-is-better', frequency: 'quarterly', base: [45, 85], improvement: 0.02, minValue: 0, maxValue: 100, responsibleRole: 'coordination', dataSource: 'Gemeinsame Sitzungsteilnahme (12 Monate)', metric: 'network-density' },
  { id: 'ind-joint-projects', goalId: 'goal-2', name: 'Gemeinsame Projekte mehrerer Träger', unit: 'Projekte', direction: 'higher-is-better', frequency: 'yearly', base: [2, 8], improvement: 0.2, minValue: 0, responsibleRole: 'coordination', dataSource: 'Jahresbericht Stadtteilkoordination' },
  { id: 'ind-offers-current', goalId: 'goal-3', name: 'Anteil aktuell geprüfter Angebote', unit: '%', direction: 'higher-is-better', frequency: 'monthly', base: [55, 85], improvement: 0.1, minValue: 0, maxValue: 100, responsibleRole: 'neighbourhood-management', dataSource: 'Angebotsdatenbank (reviewedAt)', metric: 'offers-current', computedMonths: 3 },
  { id: 'ind-counselling-contacts', goalId: 'goal-3', name: 'Beratungskontakte', unit: 'Kontakte', direction: 'higher-is-better', frequency: 'monthly', base: [40, 160], improvement: 0.08, minValue: 0, responsibleRole: 'neighbourhood-management', dataSource: 'Beratungsstatistik der Träger', reporters: ['caritas', 'awo'], partnerMonths: 3 },
  { id: 'ind-waiting-days', goalId: 'goal-3', name: 'Wartezeit auf einen Beratungstermin', unit: 'Tage', direction: 'lower-is-better', frequency: 'monthly', base: [5, 21], improvement: 0.15, minValue: 0, maxValue: 365, responsibleRole: 'coordination', dataSource: 'Terminstatistik der Beratungsstellen' },
  { id: 'ind-volunteers', goalId: 'goal-4', name: 'Ehrenamtlich Engagierte', unit: 'Personen', direction: 'higher-is-better', frequency: 'quarterly', base: [15, 60], improvement: 0.03, minValue: 0, responsibleRole: 'neighbourhood-management', dataSource: 'Aktivitäten der Stadtteilarbeit', metric: 'volunteers' },
  { id: 'ind-self-help-groups', goalId: 'goal-4', name: 'Aktive Selbsthilfegruppen', unit: 'Gruppen', direction: 'higher-is-better', frequency: 'quarterly', base: [1, 7], improvement: 0.15, minValue: 0, responsibleRole: 'neighbourhood-management', dataSource: 'Selbsthilfe-Kontaktstelle' },
  { id: 'ind-youth-benefits', goalId: 'goal-4', name: 'Anteil unter 25-Jähriger im SGB-II-Bezug', unit: '%', direction: 'lower-is-better', frequency: 'quarterly', base: [6, 24], improvement: 0.05, minValue: 0, maxValue: 100, responsibleRole: 'prevention', dataSource: 'Jobcenter Hamm, Statistik' },
];


const round1 = (x: number) => Math.round(x * 10) / 10;

/** A point within about 100 m of a quarter's centre (inside its illustrative cell). */
const near = (quarterName: string, a: number, b: number) => {
  const c = quarterCentre(quarterName);
  return { lat: Math.round((c.lat + (a - 0.5) * 0.002) * 1e6) / 1e6, lng: Math.round((c.lng + (b - 0.5) * 0.002) * 1e6) / 1e6 };
};

/**
 * Where an offer away from a centre takes place: in its own social space, except two whose address
 * lies in the neighbouring space (the location check lists them: GET /v1/location-mismatches).
 */
const offerPlace = (i: number, ss: string) => {
  const space = i === 4 || i === 8 ? socialSpaceKeys[(socialSpaceKeys.indexOf(ss) + 1) % socialSpaceKeys.length] : ss;
  const names = quarterNamesOf[space];
  return near(names[i % names.length], ((i * 37) % 100) / 100, ((i * 61) % 100) / 100);
};

/** Demo offers whose Turkish translation is an unreviewed machine draft (by loop index: offer-003, offer-014). */
const MACHINE_TR = new Set([2, 13]);
/** Demo offers whose German text changed after one translation was made (offer-007: Turkish, offer-022: Ukrainian). */
const STALE: Record<number, string> = { 6: 'tr', 21: 'uk' };

/**
 * The server-owned bookkeeping of an offer's translations: the version of the German text, and per
 * language the text version it was translated from. Normally all made with the offer (`at`); a few
 * offers show a machine draft, or a German text edited later (`editedAt`, after `at`) with one
 * translation left behind at the old version.
 */
function translationBookkeeping(i: number, at: string, editedAt: string, codes: string[]) {
  const stale = STALE[i];
  const edited = stale ? editedAt : at;
  const textVersion = stale ? 2 : 1;
  const translationStatus = Object.fromEntries(
    codes.map((code) => [
      code,
      code === stale
        ? { basedOn: 1, machine: false, updatedAt: at }
        : { basedOn: textVersion, machine: code === 'tr' && MACHINE_TR.has(i), updatedAt: edited },
    ]),
  );
  return { textVersion, textUpdatedAt: edited, translationStatus };
}

/**
 * `work` holds the seeded meetings and activities: the targets of computed indicators start from
 * what the metrics make of them (baselines.ts), not from an invented range.
 */
export function demoData(today: Date, work: SeedItem[] = []): SeedItem[] {
  const rnd = prng(20261129);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: SeedItem[] = [];
  const isoDay = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86400000).toISOString();

  for (const [id, name, kind, parentId] of ORGANISATIONS)
    out.push({ type: 'organisation', id, data: { name, kind, ...(parentId ? { parentId } : {}), contact: { email: `kontakt@${id}.hamm.example` } } });

  // One community centre per social space, two in the larger ones.
  const centresOf: Record<string, string[]> = {};
  socialSpaceKeys.forEach((ss, i) => {
    const n = i % 3 === 0 ? 2 : 1;
    centresOf[ss] = [];
    for (let k = 0; k < n; k++) {
      const id = `stz-${ss}${k ? `-${k + 1}` : ''}`;
      centresOf[ss].push(id);
      out.push({
        type: 'centre',
        id,
        data: {
          name: `${k ? 'Familienzentrum' : 'Stadtteilzentrum'} ${socialSpaceNames[ss]}`,
          socialSpaceId: ss,
          quarterId: quartersOf[ss][k % quartersOf[ss].length],
          address: { street: `${pick(['Marktstraße', 'Kirchplatz', 'Schulstraße', 'Bahnhofstraße', 'Lindenallee'])} ${1 + Math.floor(rnd() * 80)}`, postalCode: pick(['59063', '59065', '59067', '59069', '59071', '59073', '59075', '59077']), city: 'Hamm' },
          geo: near(quarterNamesOf[ss][k % quarterNamesOf[ss].length], rnd(), rnd()),
          openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH'], opens: '09:00', closes: '17:00' }, { freq: 'WEEKLY', byday: ['FR'], opens: '09:00', closes: '13:00' }],
          contact: { phone: `02381 ${100000 + Math.floor(rnd() * 899999)}`, email: `${id}@hamm.example` },
          accessibility: k ? 'Eingang mit Rampe' : 'Barrierefrei, Aufzug vorhanden',
        },
      });
    }
  });

  // 60 offers, spread over all social spaces; a few serve two neighbouring spaces.
  for (let i = 0; i < 60; i++) {
    const ss = socialSpaceKeys[i % socialSpaceKeys.length];
    const tpl = OFFER_TEMPLATES[(i * 7) % OFFER_TEMPLATES.length];
    const spaces = i % 11 === 0 ? [ss, socialSpaceKeys[(i + 1) % socialSpaceKeys.length]] : [ss];
    const status = i % 17 === 5 ? 'draft' : i % 19 === 7 ? 'paused' : i % 23 === 3 ? 'ended' : 'published';
    const reviewedDaysAgo = i % 5 === 0 ? 200 + Math.floor(rnd() * 200) : Math.floor(rnd() * 150);
    const createdDaysAgo = 30 + Math.floor(rnd() * 500);
    const at = isoDay(i % 13 === 4 ? 20 + (i % 10) : createdDaysAgo);
    // Drawn in this order, before the offer is built: later seeded values depend on the sequence.
    const organisationId = pick(ORG_FOR_THEME[tpl.themes[0]]);
    const place =
      i % 3 === 0
        ? { centreId: centresOf[ss][0] }
        : { location: { name: pick(['Gemeindehaus', 'Grundschule', 'Jugendheim', 'Bürgerhaus']), geo: offerPlace(i, ss) } };
    const wheelchair = rnd() > 0.35;
    const cost: { free: boolean; amountEur?: number; notes?: string } =
      rnd() > 0.8 ? { free: false, amountEur: 2 + Math.floor(rnd() * 10), notes: 'Ermäßigung mit Hamm-Pass' } : { free: true };
    const translations = offerTranslations(tpl.title, socialSpaceNames[ss], !tpl.groups.includes('everyone'), cost.notes);
    out.push({
      type: 'offer',
      id: `offer-${String(i + 1).padStart(3, '0')}`,
      at,
      data: {
        title: `${tpl.title} ${socialSpaceNames[ss]}`,
        description: `${tpl.title} im Sozialraum ${socialSpaceNames[ss]}. Offen für alle Interessierten der Zielgruppe, ${tpl.groups.includes('everyone') ? 'ohne Voranmeldung' : 'bitte vorher melden'}.`,
        kind: tpl.kind,
        organisationId,
        socialSpaceIds: spaces,
        quarterIds: [quartersOf[ss][i % quartersOf[ss].length]],
        ...place,
        themes: tpl.themes,
        targetGroups: tpl.groups,
        ...(tpl.ages ? { minAge: tpl.ages[0], maxAge: tpl.ages[1] } : {}),
        programmes: (tpl.programmes ?? []).map((p) => programmes[p]),
        languages: tpl.groups.includes('migrants') ? ['de', 'ar', 'tr', 'uk'] : ['de'],
        accessibility: { wheelchair },
        cost,
        registrationRequired: tpl.kind === 'course',
        schedules: [{ freq: 'WEEKLY', byday: tpl.days, opens: tpl.opens, closes: tpl.closes }],
        contact: { email: `angebote@hamm.example`, phone: '02381 17-0' },
        status,
        validFrom: isoDay(i % 13 === 4 ? 20 + (i % 10) : createdDaysAgo).slice(0, 10),
        ...(status === 'ended' ? { validUntil: isoDay(20).slice(0, 10) } : {}),
        reviewedAt: isoDay(reviewedDaysAgo),
        translations,
        ...translationBookkeeping(i, at, isoDay(10), Object.keys(translations)),
      },
    });
  }

  // Indicators, targets for last and this year, 18 months of measurements with gaps.
  // The 18 whole months before today's, in Berlin (at 00:30 on 1 January, December is the last month).
  const months = monthsEndingWith(previousMonth(today), 18);
  for (const ind of INDICATORS) {
    const { base, improvement, metric, computedMonths, reporters, partnerMonths, ...rest } = ind;
    const { id, ...indicatorData } = rest;
    const partner = reporters ? { source: 'partner', reporters: reporters.map((organisationId) => ({ organisationId, socialSpaceIds: [...socialSpaceKeys] })) } : {};
    out.push({ type: 'indicator', id, data: { ...indicatorData, description: `${ind.name} je Sozialraum.`, ...(metric ? { source: 'computed', metric } : {}), ...partner } });
    const periods =
      ind.frequency === 'monthly'
        ? months
        : ind.frequency === 'quarterly'
          ? [...new Set(months.filter((m) => Number(m.slice(5)) % 3 === 0).map((m) => `${m.slice(0, 4)}-Q${Number(m.slice(5)) / 3}`))]
          : [...new Set(months.filter((m) => m.endsWith('-12')).map((m) => m.slice(0, 4)))];
    const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
    const sign = ind.direction === 'higher-is-better' ? 1 : -1;
    const bounded = (x: number) => Math.min(ind.maxValue ?? Infinity, Math.max(ind.minValue ?? 0, x));
    socialSpaceKeys.forEach((ss, si) => {
      const invented = round1(base[0] + rnd() * (base[1] - base[0]));
      const fromWork = metric && !computedMonths ? seededBaseline(work, metric as Metric, ss, periods, months[0]) : null;
      const baseline = fromWork ?? invented;
      years.forEach((year, yi) => {
        const tgt = bounded(round1(baseline * (1 + sign * improvement * (yi + 1))));
        out.push({ type: 'target', id: `${id}_${ss}_${year}`, data: { indicatorId: id, socialSpaceId: ss, year, baseline, target: tgt } });
      });
      // Some spaces improve, some stagnate, some slide back: gives the scorecard all three colours.
      const drift = [1.2, 0.9, 0.4, 1.0, -0.4, 0.7, 1.1, 0.2, -0.8][si];
      periods.forEach((period, pi) => {
        // Computed values come from the metric job after seeding (seed.ts), not from here.
        if (metric && pi >= periods.length - (computedMonths ?? periods.length)) return;
        const last = pi === periods.length - 1;
        if ((si + pi * 3 + id.length) % 13 === 0 || (last && (si === 4 || si === 7) && ind.frequency === 'monthly')) return; // gaps
        const progress = (pi + 1) / periods.length;
        const value = bounded(round1(baseline * (1 + sign * improvement * 1.5 * drift * progress) * (0.94 + rnd() * 0.12)));
        if (reporters && pi >= periods.length - (partnerMonths ?? periods.length)) {
          // The organisations' contributions (whole contacts), and their sum as the space's value (as the API keeps it).
          const total = Math.round(value);
          const shares = reporters.map((_, k) => (k === reporters.length - 1 ? 0 : Math.round(total / reporters.length)));
          shares[shares.length - 1] = total - shares.reduce((n, x) => n + x, 0);
          reporters.forEach((organisationId, k) =>
            out.push({ type: 'contribution', id: `${id}_${ss}_${period}_${organisationId}`, data: { indicatorId: id, socialSpaceId: ss, period, organisationId, value: shares[k] } }),
          );
          const sum = Math.round(shares.reduce((n, x) => n + x, 0) * 1000) / 1000;
          out.push({ type: 'measurement', id: `${id}_${ss}_${period}`, data: { indicatorId: id, socialSpaceId: ss, period, value: sum, dataSource: ind.dataSource, source: 'partner' } });
          return;
        }
        out.push({
          type: 'measurement',
          id: `${id}_${ss}_${period}`,
          data: { indicatorId: id, socialSpaceId: ss, period, value, dataSource: ind.dataSource, source: 'manual' },
        });
      });
    });
  }
  return out;
}
