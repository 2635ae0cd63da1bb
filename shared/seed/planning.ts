/**
 * A plausible yearly work plan, open needs, budget and key figures for Hammer Norden and Hammer
 * Westen, so a newcomer sees a filled social space page. Key figures are illustrative, not the
 * city's statistics. Deterministic for a given `today`.
 */
import type { SeedItem } from './hamm.ts';
import { berlinToday, yearOf } from '../time/months.ts';

interface SpacePlan {
  space: string;
  figures: [key: string, label: string, value: number, unit: string][];
  needs: { id: string; title: string; theme: string; targetGroups: string[]; minAge?: number; maxAge?: number; evidence: string[]; priority: number }[];
  lines: { id: string; category: string; label: string; plannedCents: number; expenses: [day: string, cents: number, purpose: string][] }[];
  measures: { id: string; title: string; needIds: string[]; goalIds: string[]; from: string; to: string; status: string; line?: string; targetGroups?: string[] }[];
}

const PLANS: SpacePlan[] = [
  {
    space: 'norden',
    figures: [['population', 'Einwohnerinnen und Einwohner', 21430, 'Personen'], ['share-under-18', 'Anteil unter 18 Jahren', 21.4, '%'], ['share-over-65', 'Anteil über 65 Jahren', 17.9, '%'], ['share-migration', 'Anteil mit Migrationsgeschichte', 48.2, '%'], ['sgb2-rate', 'SGB-II-Quote', 19.6, '%']],
    needs: [
      { id: 'need-norden-u3', title: 'Zu wenige Angebote für Familien mit Kindern unter drei Jahren', theme: 'Bildung', targetGroups: ['parents', 'children'], minAge: 0, maxAge: 2, evidence: ['statistics', 'counselling'], priority: 1 },
      { id: 'need-norden-jugend', title: 'Kein Treffpunkt für Jugendliche am Abend', theme: 'Teilhabe', targetGroups: ['youth'], minAge: 14, maxAge: 18, evidence: ['resident-participation', 'survey'], priority: 1 },
      { id: 'need-norden-sprache', title: 'Sprachkurse mit Kinderbetreuung fehlen', theme: 'Bildung', targetGroups: ['migrants', 'parents'], minAge: 27, maxAge: 45, evidence: ['counselling'], priority: 2 },
      { id: 'need-norden-einsam', title: 'Einsamkeit älterer Menschen im Quartier', theme: 'Gesundheit', targetGroups: ['seniors'], minAge: 65, evidence: ['network'], priority: 2 },
    ],
    lines: [
      { id: 'budget-norden-fonds', category: 'neighbourhood-fund', label: 'Verfügungsfonds Hammer Norden', plannedCents: 500_000, expenses: [['03-14', 45_000, 'Nachbarschaftsfest Nordenstiftsplatz'], ['05-22', 120_000, 'Bänke für den Bürgergarten'], ['09-09', 38_500, 'Spielgeräte Kinderfest']] },
      { id: 'budget-norden-veranstaltungen', category: 'events', label: 'Stadtteilkonferenzen und Beteiligung', plannedCents: 300_000, expenses: [['02-20', 24_000, 'Raummiete Stadtteilkonferenz'], ['06-18', 61_000, 'Moderation Zukunftswerkstatt']] },
      { id: 'budget-norden-material', category: 'materials', label: 'Sachmittel Treffpunkte', plannedCents: 150_000, expenses: [['04-02', 18_900, 'Material Elterncafé']] },
    ],
    measures: [
      { id: 'measure-norden-babytreff', title: 'Zweiten Babytreff im Familienzentrum aufbauen', needIds: ['need-norden-u3'], goalIds: ['goal-3'], from: '02', to: '09', status: 'running', line: 'budget-norden-material', targetGroups: ['parents', 'children'] },
      { id: 'measure-norden-jugend', title: 'Abendöffnung des Jugendtreffs mit Jugendlichen planen', needIds: ['need-norden-jugend'], goalIds: ['goal-1', 'goal-4'], from: '03', to: '12', status: 'running', line: 'budget-norden-veranstaltungen' },
      { id: 'measure-norden-fonds', title: 'Verfügungsfonds bekannt machen und Anträge begleiten', needIds: [], goalIds: ['goal-4'], from: '01', to: '12', status: 'running', line: 'budget-norden-fonds' },
    ],
  },
  {
    space: 'westen',
    figures: [['population', 'Einwohnerinnen und Einwohner', 24870, 'Personen'], ['share-under-18', 'Anteil unter 18 Jahren', 20.1, '%'], ['share-over-65', 'Anteil über 65 Jahren', 19.3, '%'], ['share-migration', 'Anteil mit Migrationsgeschichte', 44.7, '%'], ['sgb2-rate', 'SGB-II-Quote', 17.8, '%']],
    needs: [
      { id: 'need-westen-uebergang', title: 'Übergang Kita–Grundschule ohne feste Begleitung', theme: 'Bildung', targetGroups: ['children', 'parents'], minAge: 5, maxAge: 7, evidence: ['network', 'statistics'], priority: 1 },
      { id: 'need-westen-arbeit', title: 'Beratung zum Berufseinstieg für junge Erwachsene', theme: 'Arbeit', targetGroups: ['youth', 'unemployed'], minAge: 18, maxAge: 26, evidence: ['counselling'], priority: 2 },
      { id: 'need-westen-wohnen', title: 'Mieterinnen und Mieter suchen Hilfe bei Nebenkosten', theme: 'Wohnen', targetGroups: ['everyone'], evidence: ['resident-participation'], priority: 3 },
    ],
    lines: [
      { id: 'budget-westen-fonds', category: 'neighbourhood-fund', label: 'Verfügungsfonds Hammer Westen', plannedCents: 450_000, expenses: [['04-11', 75_000, 'Stadtteilflohmarkt Lange Straße'], ['08-30', 52_000, 'Kulturnachmittag im Park']] },
      { id: 'budget-westen-honorare', category: 'fees', label: 'Honorare Elternbildung', plannedCents: 200_000, expenses: [['03-05', 40_000, 'Referentin Elternabend Übergang Schule']] },
    ],
    measures: [
      { id: 'measure-westen-uebergang', title: 'Übergangslotsen an zwei Grundschulen', needIds: ['need-westen-uebergang'], goalIds: ['goal-3'], from: '02', to: '11', status: 'planned', line: 'budget-westen-honorare', targetGroups: ['children', 'parents'] },
      { id: 'measure-westen-mieter', title: 'Mietersprechstunde im Stadtteilzentrum', needIds: ['need-westen-wohnen'], goalIds: ['goal-3'], from: '05', to: '12', status: 'planned' },
    ],
  },
];

export function planningData(today: Date): SeedItem[] {
  // This year's plan and budget in Berlin; only what has happened by today (a start in January
  // shows plans still being agreed and no expenses yet, a start in November the mid-year review).
  const year = yearOf(today);
  const day = berlinToday(today);
  const out: SeedItem[] = [];
  const stamp = (month: string, d = '15') => `${year}-${month}-${d}T09:00:00.000Z`;
  const happened = (month: string, d: string) => `${year}-${month}-${d}` <= day;
  for (const p of PLANS) {
    for (const [key, label, value, unit] of p.figures)
      out.push({ type: 'areaFigure', id: `fig-${p.space}-${year - 1}-${key}`, data: { socialSpaceId: p.space, year: year - 1, key, label, value, unit, source: 'Illustrative Beispielwerte (nicht die Statistik der Stadt Hamm)' } });
    for (const { id, ...n } of p.needs) out.push({ type: 'need', id, data: { socialSpaceId: p.space, status: 'open', ...n } });
    for (const l of p.lines) {
      const spent = l.expenses.filter(([d]) => happened(d.slice(0, 2), d.slice(3)));
      // The line's spent amount is the sum of its seeded expenses, as the expense writes keep it.
      out.push({ type: 'budgetLine', id: l.id, data: { socialSpaceId: p.space, year, category: l.category, label: l.label, plannedCents: l.plannedCents, spentCents: spent.reduce((s, [, c]) => s + c, 0) } });
      spent.forEach(([d, cents, purpose], i) =>
        out.push({ type: 'expense', id: `${l.id}-${i + 1}`, data: { budgetLineId: l.id, socialSpaceId: p.space, date: `${year}-${d}`, amountCents: cents, purpose, receiptRef: `SV-${year}-${p.space.slice(0, 2).toUpperCase()}${String(i + 1).padStart(3, '0')}` } }),
      );
    }
    // Norden: coordination confirms on 3 February, neighbourhood management on the 5th (then agreed),
    // mid-year review on 8 July. Westen: neighbourhood management confirms on 10 February, coordination not yet.
    const confirmations = Object.fromEntries(
      (p.space === 'norden'
        ? [['coordination', 'user:u-koordination-norden', '03'], ['neighbourhood-management', 'user:u-quartier-norden', '05']]
        : [['neighbourhood-management', 'user:u-quartier-westen', '10']]
      ).filter(([, , d]) => happened('02', d)).map(([role, by, d]) => [role, { by, at: stamp('02', d) }]),
    );
    const agreed = p.space === 'norden' && Object.keys(confirmations).length === 2;
    const reviewed = agreed && happened('07', '08');
    out.push({
      type: 'workPlan',
      id: `plan-${p.space}-${year}`,
      data: {
        socialSpaceId: p.space,
        year,
        priorities: p.needs.filter((n) => n.priority === 1).map((n) => n.title),
        summary: `Auftragsklärung ${year} für den Sozialraum: Schwerpunkte aus der Stadtteilkonferenz und den Bedarfen der Quartiere.`,
        status: reviewed ? 'mid-year-reviewed' : agreed ? 'agreed' : 'draft',
        confirmations,
        ...(reviewed ? { midYearReview: { by: 'user:u-koordination-norden', at: stamp('07', '08'), notes: p.measures.map((m) => ({ measureId: m.id, note: m.status === 'running' ? 'Läuft wie geplant.' : 'Noch nicht begonnen.' })) } } : {}),
      },
    });
    for (const m of p.measures)
      out.push({
        type: 'measure',
        id: m.id,
        data: {
          workPlanId: `plan-${p.space}-${year}`,
          socialSpaceId: p.space,
          title: m.title,
          needIds: m.needIds,
          goalIds: m.goalIds,
          plannedFrom: `${year}-${m.from}`,
          plannedTo: `${year}-${m.to}`,
          status: m.status,
          targetGroups: m.targetGroups ?? [],
          responsibleRole: 'neighbourhood-management',
          ...(m.line ? { budgetLineId: m.line } : {}),
        },
      });
  }
  return out;
}
