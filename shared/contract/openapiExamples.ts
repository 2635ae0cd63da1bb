/**
 * Request examples for the OpenAPI document, so that it doubles as partner documentation.
 * tests/integration/contract.test.ts checks each against its schema and sends it.
 */
export const EXAMPLES: Record<string, unknown> = {
  createOffer: {
    title: 'Elterncafé Nord',
    description: 'Offener Treff für Eltern mit Kindern bis 6 Jahre, mit Beratung durch die Familienhebamme.',
    kind: 'meeting-point',
    organisationId: 'caritas',
    socialSpaceIds: ['norden'],
    themes: ['Bildung', 'Teilhabe'],
    targetGroups: ['parents', 'families'],
    languages: ['de', 'tr'],
    cost: { free: true },
    schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens: '09:00', closes: '11:00' }],
    contact: { email: 'elterncafe@caritas-hamm.example', phone: '02381 1234-0' },
    status: 'published',
  },
  createMeasurement: { indicatorId: 'ind-network-meetings', socialSpaceId: 'norden', period: '2026-10', value: 7, note: 'Arbeitskreis Nord, Runder Tisch Familie' },
  createTarget: { indicatorId: 'ind-network-meetings', socialSpaceId: 'norden', year: 2026, baseline: 4, target: 8 },
  createUser: { email: 'neue.kollegin@hamm.example', name: 'Neue Kollegin', assignments: [{ role: 'neighbourhood-management', socialSpaceIds: ['norden'] }] },
  createApiKey: { organisationId: 'caritas', name: 'Angebotsschnittstelle Caritas', expiresAt: '2027-12-31T23:59:59Z' },
};
