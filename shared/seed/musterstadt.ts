/**
 * Musterstadt, the demo's second tenant: clearly fictional, in Saxony (so Buß- und Bettag and
 * Reformationstag are holidays there, not in Hamm), with four spatial levels (Stadtbezirk /
 * Sozialraum / Planungsraum / Quartier), two social spaces, a centre, offers, a network and one
 * user per role. Ids may equal Hamm's (`offer-001` exists in both): tenants never share a key.
 */
import areas from '../data/hamm-areas.json' with { type: 'json' };
import type { SeedItem } from './hamm.ts';

const place = { street: 'Am Markt 1', postalCode: '01234', city: 'Musterstadt' };

export const MUSTERSTADT_USERS = [
  { id: 'u-admin', email: 'admin@musterstadt.example', name: 'Mira Muster', assignments: [{ role: 'admin', socialSpaceIds: [] }] },
  { id: 'u-leitung', email: 'leitung@musterstadt.example', name: 'Leo Leitner', assignments: [{ role: 'leadership', socialSpaceIds: [] }] },
  { id: 'u-koordination', email: 'koordination@musterstadt.example', name: 'Karla Koordinate', assignments: [{ role: 'coordination', socialSpaceIds: ['altstadt', 'auenviertel'] }] },
  { id: 'u-quartier-altstadt', email: 'quartier.altstadt@musterstadt.example', name: 'Quentin Quartier', assignments: [{ role: 'neighbourhood-management', socialSpaceIds: ['altstadt'] }] },
  { id: 'u-praevention-auen', email: 'praevention.auen@musterstadt.example', name: 'Pia Prävention', assignments: [{ role: 'prevention', socialSpaceIds: ['auenviertel'] }] },
] as const;

export function musterstadtItems(today: Date): SeedItem[] {
  const startDate = `${today.getUTCFullYear() - 1}-01-01`;
  return [
    { type: 'district', id: 'nord', data: { name: 'Stadtbezirk Nord' } },
    { type: 'district', id: 'sued', data: { name: 'Stadtbezirk Süd' } },
    { type: 'socialSpace', id: 'altstadt', data: { name: 'Altstadt', districtIds: ['nord'] } },
    { type: 'socialSpace', id: 'auenviertel', data: { name: 'Auenviertel', districtIds: ['nord', 'sued'] } },
    // Its fourth level: planning areas between social space and quarter.
    { type: 'planningArea', id: 'altstadt-kern', data: { name: 'Altstadtkern', socialSpaceId: 'altstadt' } },
    { type: 'planningArea', id: 'auen-nord', data: { name: 'Auen Nord', socialSpaceId: 'auenviertel' } },
    { type: 'planningArea', id: 'auen-sued', data: { name: 'Auen Süd', socialSpaceId: 'auenviertel' } },
    { type: 'quarter', id: 'marktviertel', data: { name: 'Marktviertel', socialSpaceId: 'altstadt', districtId: 'nord', planningAreaId: 'altstadt-kern' } },
    { type: 'quarter', id: 'schlossberg', data: { name: 'Schlossberg', socialSpaceId: 'altstadt', districtId: 'nord', planningAreaId: 'altstadt-kern' } },
    { type: 'quarter', id: 'auenpark', data: { name: 'Auenpark', socialSpaceId: 'auenviertel', districtId: 'nord', planningAreaId: 'auen-nord' } },
    { type: 'quarter', id: 'muehlgraben', data: { name: 'Mühlgraben', socialSpaceId: 'auenviertel', districtId: 'sued', planningAreaId: 'auen-sued' } },
    ...areas.strategicGoals.map((g) => ({ type: 'goal', id: `goal-${g.number}`, data: { number: g.number, title: g.de } })),
    { type: 'organisation', id: 'buergerverein', data: { name: 'Bürgerverein Musterstadt e. V.', kind: 'association', contact: { email: 'kontakt@buergerverein.musterstadt.example' } } },
    { type: 'organisation', id: 'stadt-musterstadt', data: { name: 'Stadt Musterstadt, Amt für Soziales', kind: 'public', contact: { email: 'soziales@musterstadt.example' } } },
    {
      type: 'centre',
      id: 'quartiershaus-altstadt',
      data: {
        name: 'Quartiershaus Altstadt',
        socialSpaceId: 'altstadt',
        quarterId: 'marktviertel',
        address: place,
        openingHours: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH'], opens: '10:00', closes: '18:00' }],
        contact: { email: 'quartiershaus@musterstadt.example' },
        accessibility: 'Barrierefrei, Eingang ebenerdig',
      },
    },
    // „Klimaschutz“ is Musterstadt's own theme; it has no „Existenzsicherung“ (shared/seed/tenants.ts).
    offer('offer-001', 'Nachbarschaftscafé Altstadt', 'meeting-point', ['altstadt'], ['everyone'], ['Teilhabe', 'Klimaschutz'], 'TU', { centreId: 'quartiershaus-altstadt' }),
    offer('offer-002', 'Spielgruppe Auenpark', 'meeting-point', ['auenviertel'], ['children', 'parents'], ['Bildung'], 'WE', { location: { name: 'Spielplatz Auenpark' } }),
    offer('offer-003', 'Sozialberatung im Quartiershaus', 'counselling', ['altstadt', 'auenviertel'], ['everyone'], ['Arbeit', 'Wohnen'], 'TH', { centreId: 'quartiershaus-altstadt' }),
    ...MUSTERSTADT_USERS.map(({ id, ...data }) => ({ type: 'user', id, data: { ...data, assignments: data.assignments.map((a) => ({ ...a, socialSpaceIds: [...a.socialSpaceIds] })) } })),
    {
      type: 'network',
      id: 'netzwerk-fruehe-hilfen',
      data: {
        name: 'Netzwerk Frühe Hilfen Musterstadt',
        kind: 'network',
        socialSpaceIds: ['altstadt', 'auenviertel'],
        themes: ['Bildung', 'Gesundheit'],
        targetGroups: ['parents', 'children'],
        description: 'Fachkräfte rund um Schwangerschaft und die ersten Lebensjahre.',
        memberOrganisationIds: ['buergerverein', 'stadt-musterstadt'],
        cadence: 'quarterly',
        status: 'active',
        startDate,
      },
    },
  ];

  function offer(id: string, title: string, kind: string, spaces: string[], groups: string[], themes: string[], day: string, where: Record<string, unknown>): SeedItem {
    return {
      type: 'offer',
      id,
      data: {
        title,
        description: `${title}: ein Angebot des Bürgervereins Musterstadt, offen für alle.`,
        kind,
        organisationId: 'buergerverein',
        socialSpaceIds: spaces,
        ...where,
        themes,
        targetGroups: groups,
        languages: ['de'],
        cost: { free: true },
        schedules: [{ freq: 'WEEKLY', byday: [day], opens: '15:00', closes: '17:00' }],
        contact: { email: 'angebote@musterstadt.example' },
        status: 'published',
        validFrom: startDate,
        reviewedAt: today.toISOString(),
      },
    };
  }
}
