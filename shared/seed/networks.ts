/**
 * Demo Vernetzung and Beteiligung for 18 months: a Stadtteilkonferenz in every social space, the
 * prevention networks of "Kein Kind zurücklassen!", the Arbeitskreis Senioren of "Älterwerden in
 * Hamm", round tables; their meetings with the organisations present and agreements; and
 * participation and community activities. Goal 2's and goal 4's computed indicators are computed
 * from these. Deterministic for a given `today`.
 */
import { ORGANISATIONS, prng } from './demo.ts';
import { quartersOf, socialSpaceKeys, socialSpaceNames, type SeedItem } from './hamm.ts';
import { berlinToday, monthsEndingWith, previousMonth } from '../time/months.ts';
import { addDays } from '../time/workingDays.ts';

const FREE_WELFARE = ORGANISATIONS.filter(([, , kind]) => kind === 'free-welfare').map(([id]) => id);
/** The local association working in a social space (the two Bürgervereine only in their own). */
const localGroup = (ss: string, i: number) => (ss === 'norden' ? 'buergerverein-norden' : ss === 'westen' ? 'westen-aktiv' : ['kulturwerkstatt', 'sportbund', 'integrationsrat'][i % 3]);

interface NetworkSeed {
  id: string;
  name: string;
  kind: string;
  spaces: string[];
  themes: string[];
  targetGroups: string[];
  members: string[];
  cadence: 'monthly' | 'quarterly' | 'half-yearly';
  leadUserId?: string;
  description: string;
  topics: string[];
}

function networks(): NetworkSeed[] {
  const out: NetworkSeed[] = socialSpaceKeys.map((ss, i) => ({
    id: `stadtteilkonferenz-${ss}`,
    name: `Stadtteilkonferenz ${socialSpaceNames[ss]}`,
    kind: 'district-conference',
    spaces: [ss],
    themes: ['Teilhabe', 'Wohnen'],
    targetGroups: ['everyone'],
    members: [...new Set(['stadt-hamm', FREE_WELFARE[i % FREE_WELFARE.length], FREE_WELFARE[(i + 2) % FREE_WELFARE.length], localGroup(ss, i), 'stadt-vhs', 'sportbund'])],
    cadence: 'quarterly',
    leadUserId: ss === 'norden' ? 'u-koordination-norden' : undefined,
    description: `Alle Akteure im Sozialraum ${socialSpaceNames[ss]}: Träger, Vereine, Schulen, Kirchengemeinden und Bewohnerschaft.`,
    topics: ['Berichte aus den Quartieren', 'Sauberkeit und Sicherheit', 'Stadtteilfest', 'Leerstand und Wohnen', 'Treffpunkte'],
  }));
  for (const ss of ['norden', 'westen', 'herringen', 'bockum-hoevel'])
    out.push({
      id: `kekiz-${ss}`,
      name: `Präventionsnetzwerk „Kein Kind zurücklassen!“ ${socialSpaceNames[ss]}`,
      kind: 'network',
      spaces: [ss],
      themes: ['Bildung', 'Gesundheit'],
      targetGroups: ['children', 'parents', 'families'],
      members: ['stadt-jugendamt', 'caritas', 'awo', 'skf', 'drk'],
      cadence: 'monthly',
      leadUserId: ss === 'westen' ? 'u-praevention-westen' : undefined,
      description: 'Präventionskette von der Geburt bis zum Berufseinstieg: Kitas, Schulen, Familienzentren, Beratungsstellen und Jugendamt.',
      topics: ['Übergang Kita–Grundschule', 'Elternbildung', 'Frühe Hilfen', 'Sprachförderung', 'Ferienangebote'],
    });
  out.push({
    id: 'ak-senioren',
    name: 'Arbeitskreis Senioren – Älterwerden in Hamm',
    kind: 'working-group',
    spaces: ['mitte', 'uentrop', 'rhynern'],
    themes: ['Teilhabe', 'Gesundheit'],
    targetGroups: ['seniors'],
    members: ['stadt-soziales', 'diakonie', 'caritas', 'drk', 'paritaet'],
    cadence: 'monthly',
    description: 'Seniorenarbeit im Rahmen von „Älterwerden in Hamm“: Begegnung, Beratung, Mobilität im Alter.',
    topics: ['Seniorentreffs', 'Mobilität im Alter', 'Einsamkeit', 'Digitale Teilhabe', 'Pflegeberatung'],
  });
  for (const ss of ['norden', 'westen'])
    out.push({
      id: `runder-tisch-integration-${ss}`,
      name: `Runder Tisch Integration ${socialSpaceNames[ss]}`,
      kind: 'round-table',
      spaces: [ss],
      themes: ['Teilhabe', 'Bildung'],
      targetGroups: ['migrants'],
      members: ['integrationsrat', 'stadt-vhs', 'diakonie', 'awo', ss === 'norden' ? 'buergerverein-norden' : 'westen-aktiv'],
      cadence: 'half-yearly',
      description: 'Austausch der Migrationsdienste, Sprachkursträger und Vereine.',
      topics: ['Sprachkurse', 'Wohnungssuche', 'Ehrenamtliche Lotsen', 'Arbeitsmarktzugang'],
    });
  return out;
}

const ACTIVITY_TEMPLATES: { title: string; kind: string; stage: string; themes: string[]; groups: string[]; size: [number, number]; volunteers: [number, number] }[] = [
  { title: 'Infoabend Quartiersentwicklung', kind: 'information-event', stage: 'information', themes: ['Wohnen'], groups: ['everyone'], size: [20, 60], volunteers: [0, 2] },
  { title: 'Aktivierende Befragung', kind: 'survey', stage: 'outreach', themes: ['Teilhabe'], groups: ['everyone'], size: [30, 120], volunteers: [3, 8] },
  { title: 'Zukunftswerkstatt Spielplatz', kind: 'workshop', stage: 'involvement', themes: ['Teilhabe'], groups: ['children', 'families'], size: [12, 40], volunteers: [2, 6] },
  { title: 'Stadtteilfest', kind: 'festival', stage: 'activation', themes: ['Kultur', 'Teilhabe'], groups: ['everyone'], size: [150, 600], volunteers: [10, 35] },
  { title: 'Aufräumaktion im Quartier', kind: 'volunteering', stage: 'activation', themes: ['Wohnen'], groups: ['everyone'], size: [15, 50], volunteers: [15, 50] },
  { title: 'Beteiligungsforum Verfügungsfonds', kind: 'participation-format', stage: 'involvement', themes: ['Teilhabe'], groups: ['everyone'], size: [10, 30], volunteers: [1, 4] },
  { title: 'Kampagne Nachbarschaftshilfe', kind: 'campaign', stage: 'outreach', themes: ['Teilhabe'], groups: ['seniors'], size: [20, 80], volunteers: [4, 12] },
  { title: 'Elternabend Übergang Schule', kind: 'information-event', stage: 'information', themes: ['Bildung'], groups: ['parents'], size: [15, 45], volunteers: [0, 2] },
];

export function networkData(today: Date): SeedItem[] {
  const rnd = prng(20261130);
  const between = ([lo, hi]: [number, number]) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: SeedItem[] = [];
  // The 18 whole months before today's in Berlin, oldest first, as [year, month].
  const months = monthsEndingWith(previousMonth(today), 18).map((m) => [Number(m.slice(0, 4)), Number(m.slice(5))] as const);
  const day = ([y, m]: readonly [number, number], d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const todayIso = berlinToday(today);
  const startDate = day(months[0], 1);

  for (const n of networks()) {
    out.push({
      type: 'network',
      id: n.id,
      data: {
        name: n.name,
        kind: n.kind,
        socialSpaceIds: n.spaces,
        themes: n.themes,
        targetGroups: n.targetGroups,
        description: n.description,
        memberOrganisationIds: n.members,
        cadence: n.cadence,
        status: 'active',
        startDate,
        ...(n.leadUserId ? { leadUserId: n.leadUserId } : {}),
        ...(n.kind === 'round-table' ? { contacts: [{ name: 'Sprecherin des Migrantenbeirats', function: 'Sprecherin', organisation: 'Migrantenbeirat' }] } : {}),
      },
    });
    const every = { monthly: 1, quarterly: 3, 'half-yearly': 6 }[n.cadence];
    months.forEach((ym, k) => {
      if (k % every !== every - 1 || (n.cadence === 'monthly' && rnd() < 0.15)) return; // summer breaks, cancellations
      const date = day(ym, 4 + Math.floor(rnd() * 22));
      const present = n.members.filter(() => rnd() < 0.8);
      if (present.length < 2) present.push(...n.members.slice(0, 2).filter((m) => !present.includes(m)));
      const attendees = present.length + between([2, 12]);
      const recent = k >= months.length - 3;
      const due = (days: number) => addDays(date, days);
      out.push({
        type: 'meeting',
        id: `${n.id}_${date}`,
        data: {
          networkId: n.id,
          // Server-owned copies of the network's (the API derives them; the seed states them).
          socialSpaceIds: n.spaces,
          targetGroups: n.targetGroups,
          date,
          location: `Stadtteilzentrum ${socialSpaceNames[n.spaces[0]]}`,
          organisationIds: present,
          attendees,
          residents: Math.min(attendees - present.length, between([0, 8])),
          topics: [n.topics[k % n.topics.length], n.topics[(k + 2) % n.topics.length]],
          minutes: `Protokoll der Sitzung vom ${date}: ${n.topics[k % n.topics.length]} besprochen, nächste Schritte vereinbart.`,
          agreements: [
            {
              id: `${n.id}-${k}-a`,
              text: `${n.topics[k % n.topics.length]}: Vorschlag ausarbeiten und in der nächsten Sitzung vorstellen`,
              ownerOrganisationId: present[0],
              dueDate: due(every * 30),
              status: recent && due(every * 30) >= todayIso ? 'open' : rnd() < 0.85 ? 'done' : recent ? 'open' : 'dropped',
            },
            ...(rnd() < 0.5
              ? [{ id: `${n.id}-${k}-b`, text: 'Einladung an weitere Träger im Sozialraum versenden', ownerOrganisationId: present[present.length - 1], dueDate: due(14), status: recent ? 'open' : 'done' }]
              : []),
          ],
        },
      });
    });
  }

  // Participation and community activities: one to three per social space and month.
  socialSpaceKeys.forEach((ss, si) => {
    months.forEach((ym, k) => {
      const count = 1 + ((si + k) % 3);
      for (let j = 0; j < count; j++) {
        const tpl = ACTIVITY_TEMPLATES[(si * 3 + k + j * 5) % ACTIVITY_TEMPLATES.length];
        const date = day(ym, 2 + Math.floor(rnd() * 25));
        out.push({
          type: 'activity',
          id: `act-${ss}-${date}-${j}`,
          data: {
            title: `${tpl.title} ${socialSpaceNames[ss]}`,
            kind: tpl.kind,
            stage: tpl.stage,
            date,
            socialSpaceId: ss,
            quarterIds: [quartersOf[ss][(k + j) % quartersOf[ss].length]],
            themes: tpl.themes,
            targetGroups: tpl.groups,
            // Participation grows a little over the 18 months.
            participants: Math.round(between(tpl.size) * (0.85 + (0.3 * k) / months.length)),
            volunteers: between(tpl.volunteers),
            organisationIds: [FREE_WELFARE[(si + j) % FREE_WELFARE.length], localGroup(ss, k)],
            residentsInPlanning: tpl.stage === 'involvement' || tpl.stage === 'activation',
            ...(tpl.stage === 'activation' ? { outcome: 'Viele Bewohnerinnen und Bewohner haben selbst mit angepackt.' } : {}),
          },
        });
      }
    });
  });
  return out;
}
