/**
 * The district report (Bericht für die Bezirksvertretung): what a council reads before its session
 * about the social spaces touching its district (`socialSpace.districtIds`) and their quarters in it
 * (`quarter.districtId`). Gathered here, rendered by councilReportHtml.ts, sent by councilReports.ts
 * and shown on demand (GET /v1/councils/{id}/report).
 *
 * Only what may leave the administration: published results exactly as the public pages show them
 * (functions/published/results.ts, small counts suppressed), public projects, needs (titles, no
 * descriptions), participation as counts with the small-count rule applied across the table, and
 * offer counts. The report covers the REPORT_MONTHS months up to the day before the session (or up
 * to today, whichever is earlier).
 *
 * Access patterns: 1 (the district, goals and networks by id), 2 (social spaces; the collections
 * behind areaData), 3 (quarters, needs, work plans, ideas, surveys, activities of a space; measures
 * of a plan; survey responses; sign-ups of an activity; measurements and targets of an indicator),
 * 20 (offers and meetings of a space, or their collections while the backfill is not done).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import { published, type PublishedPart } from '../../shared/domain/smallCounts.ts';
import type { Shown } from '../../shared/domain/publishedResults.ts';
import type { Council, CouncilSession, Handover } from '../../shared/schemas/council.ts';
import { tenantThemes } from '../../shared/schemas/vocabulary.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { areaData, type AreaData } from '../published/areaData.ts';
import { goalBrief, isPublicMeasure, isPublicPlan, resultOf } from '../published/results.ts';

/** How far back the report looks. */
export const REPORT_MONTHS = 12;

/** The session a report is for; none where the council has no session ahead ("ohne Sitzungstermin"). */
export interface SessionChoice {
  session?: CouncilSession;
}

/**
 * The named session (undefined when the council has no session that day), else the next session
 * from `today` on, else none.
 */
export function sessionFor(council: Pick<Council, 'sessions'>, today: string, requested?: string): SessionChoice | undefined {
  if (requested) {
    const session = council.sessions.find((s) => s.date === requested);
    return session ? { session } : undefined;
  }
  const next = council.sessions.filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
  return next ? { session: next } : {};
}

/** The first day the report of a session goes out: `reportDaysBefore` days before it. */
export const sendFrom = (council: Pick<Council, 'reportDaysBefore'>, session: Pick<CouncilSession, 'date'>) => addDays(session.date, -council.reportDaysBefore);

/**
 * The sessions whose report is due on `today`: from `reportDaysBefore` days before the session up to
 * its day. A run missed inside that window is made up by the next one; after the session nothing is sent.
 */
export function dueSessions(council: Pick<Council, 'reportDaysBefore' | 'sessions'>, today: string): CouncilSession[] {
  return council.sessions.filter((s) => sendFrom(council, s) <= today && today <= s.date).sort((a, b) => a.date.localeCompare(b.date));
}

/** The same calendar day a year earlier (29 February: the 28th). */
function yearBefore(day: string): string {
  const [y, m, d] = day.split('-');
  const year = String(Number(y) - 1).padStart(4, '0');
  return m === '02' && d === '29' ? `${year}-02-28` : `${year}-${m}-${d}`;
}

/** The REPORT_MONTHS months the report covers: up to the day before the session, never past today. */
export function periodOf(choice: SessionChoice, today: string): { from: string; until: string } {
  const beforeSession = choice.session ? addDays(choice.session.date, -1) : today;
  const until = beforeSession < today ? beforeSession : today;
  return { from: addDays(yearBefore(until), 1), until };
}

export type ParticipationFigure = 'ideas' | 'surveyResponses' | 'signUps' | 'participants';
/** The columns of the participation table, in order. */
export const PARTICIPATION_FIGURES: readonly ParticipationFigure[] = ['ideas', 'surveyResponses', 'signUps', 'participants'];

export interface CouncilResult {
  id: string;
  indicator: { name: string; unit: string; direction: string };
  goal?: string;
  interpretation?: string;
  baseline?: Shown;
  target?: Shown;
  latest?: Shown & { period: string };
  trend: (Shown & { period: string })[];
}

export interface SpaceSection {
  id: string;
  name: string;
  /** The names of the space's quarters that lie in the district. */
  quarters: string[];
  results: CouncilResult[];
  /** The public measures of the space's work plan of the session's year. */
  projects: { title: string; status: string; goals: string[] }[];
  /** Needs raised in the period, space-wide or in one of the district's quarters. */
  needs: { title: string; theme: string; status: string; quarters: string[]; raisedOn: string }[];
}

export interface HandoverItem {
  kind: 'need' | 'measure' | 'agreement';
  title: string;
  /** Where it comes from: the social space, or the network of an agreement's meeting. */
  context: string;
  /** The day of an agreement's meeting. */
  meetingDate?: string;
  on: string;
  note?: string;
  answer?: string;
  answeredOn?: string;
}

export interface CouncilReportData {
  council: { id: string; name: string; office: Council['office'] };
  district: { id: string; name: string };
  session?: CouncilSession;
  /** The session's day, or the day the report was made when there is no session. */
  day: string;
  producedAt: string;
  period: { from: string; until: string };
  spaces: SpaceSection[];
  /**
   * One table: rows are the social spaces, columns PARTICIPATION_FIGURES, each cell by the small-count rule.
   * No sums: a social space touching two districts is a row of two reports with other neighbours, and a
   * complement withheld in one would be shown in the other, so no secondary suppression can hold across
   * reports; without totals no hidden cell can be worked out at all.
   */
  participation: { rows: { socialSpaceId: string; name: string; cells: PublishedPart[] }[] };
  /** Published offers per theme (rows) and social space (columns, in the order of `spaces`). */
  offersByTheme: { theme: string; counts: number[] }[];
  handovers: { open: HandoverItem[]; answered: HandoverItem[] };
}

/** The Berlin day of a stored instant. */
const dayOf = (instant: string) => berlinToday(new Date(instant));
const within = (day: string | undefined, p: { from: string; until: string }) => !!day && day >= p.from && day <= p.until;

/** The records of a space by pattern 20, or from the collection while its backfill is not done (read once per report). */
function bySpaceReader(repo: Repository, def: EntityDef) {
  let all: Promise<Item[]> | undefined;
  return async (spaceId: string): Promise<Item[]> => {
    const listed = await repo.listBySpace(def, spaceId);
    if (listed) return listed;
    all ??= repo.listAll(def);
    return (await all).filter((r) => (r.socialSpaceIds ?? []).includes(spaceId));
  };
}

async function resultsOf(repo: Repository, data: AreaData, spaceId: string): Promise<CouncilResult[]> {
  const results = await Promise.all(data.publications.filter((p) => p.socialSpaceId === spaceId).map((p) => resultOf(repo, data, p)));
  return results
    .filter((r) => r !== undefined)
    .map((r) => ({
      id: r.id,
      indicator: { name: r.indicator.name, unit: r.indicator.unit, direction: r.indicator.direction },
      // resultOf names the goal as the public pages do; an unknown goal has no name.
      ...(r.goal.name ? { goal: r.goal.name } : {}),
      ...(r.interpretation ? { interpretation: r.interpretation } : {}),
      ...(r.baseline ? { baseline: r.baseline } : {}),
      ...(r.target ? { target: r.target } : {}),
      ...(r.latest ? { latest: r.latest } : {}),
      trend: r.trend,
    }))
    .sort((a, b) => (a.goal ?? '').localeCompare(b.goal ?? '', 'de') || a.indicator.name.localeCompare(b.indicator.name, 'de'));
}

/** What one social space contributes: its records, read once, for its section, the tables and the handovers. */
async function readSpace(repo: Repository, space: Item, period: { from: string; until: string }, reader: { offers: (id: string) => Promise<Item[]>; meetings: (id: string) => Promise<Item[]> }) {
  const [quarters, needs, plans, ideas, surveys, activities, offers, meetings] = await Promise.all([
    repo.listAll(entities.quarter, { parentId: space.id }),
    repo.listAll(entities.need, { parentId: space.id }),
    repo.listAll(entities.workPlan, { parentId: space.id }),
    repo.listAll(entities.idea, { parentId: space.id, fields: ['createdAt'] }),
    repo.listAll(entities.survey, { parentId: space.id, fields: ['opensOn', 'closesOn'] }),
    repo.listAll(entities.activity, { parentId: space.id, fields: ['date', 'participants', 'signUp'] }),
    reader.offers(space.id),
    reader.meetings(space.id),
  ]);
  const measuresByPlan = await Promise.all(plans.map(async (plan) => ({ plan, measures: await repo.listAll(entities.measure, { parentId: plan.id }) })));
  // Responses of surveys open at some point of the period, counted by the day they came in.
  const surveysInPeriod = surveys.filter((s) => s.opensOn <= period.until && s.closesOn >= period.from);
  const responses = (await Promise.all(surveysInPeriod.map((s) => repo.listAll(entities.surveyResponse, { parentId: s.id, fields: ['createdAt'] })))).flat();
  const activitiesInPeriod = activities.filter((a) => within(a.date, period));
  const signUps = (await Promise.all(activitiesInPeriod.filter((a) => a.signUp).map((a) => repo.listAll(entities.signUp, { parentId: a.id, fields: ['status'] })))).flat();
  const figures: Record<ParticipationFigure, number> = {
    ideas: ideas.filter((i) => within(dayOf(i.createdAt), period)).length,
    surveyResponses: responses.filter((r) => within(dayOf(r.createdAt), period)).length,
    signUps: signUps.filter((s) => s.status === 'confirmed').length,
    participants: activitiesInPeriod.reduce((sum, a) => sum + (a.participants ?? 0), 0),
  };
  return { quarters, needs, measuresByPlan, offers, meetings, figures };
}

/** Published offers (as residents find them on `day`, the day the report is made) per theme and social space. Counts of offers, not of people: no small-count rule. */
function offersByTheme(perSpace: Item[][], day: string): CouncilReportData['offersByTheme'] {
  const counts = new Map<string, number[]>();
  perSpace.forEach((offers, col) => {
    for (const o of offers.filter((x) => x.status === 'published' && (!x.validUntil || x.validUntil >= day))) {
      for (const theme of new Set<string>(o.themes ?? [])) {
        const row = counts.get(theme) ?? perSpace.map(() => 0);
        row[col]++;
        counts.set(theme, row);
      }
    }
  });
  const order = tenantThemes();
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return [...counts.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'de')).map(([theme, c]) => ({ theme, counts: c }));
}

/** Everything handed to this council from the spaces' needs, measures and meeting agreements. */
async function handoversOf(repo: Repository, councilId: string, spaces: { space: Item; read: Awaited<ReturnType<typeof readSpace>> }[], period: { from: string; until: string }, day: string) {
  const items = new Map<string, HandoverItem>();
  const add = (key: string, kind: HandoverItem['kind'], title: string, context: string, h: Handover | undefined, meetingDate?: string) => {
    if (h?.councilId !== councilId || h.on > day || items.has(key)) return;
    items.set(key, { kind, title, context, ...(meetingDate ? { meetingDate } : {}), on: h.on, ...(h.note ? { note: h.note } : {}), ...(h.answer ? { answer: h.answer } : {}), ...(h.answer && h.answeredOn ? { answeredOn: h.answeredOn } : {}) });
  };
  for (const { space, read } of spaces) {
    for (const n of read.needs) add(`need:${n.id}`, 'need', n.title, space.name, n.handover);
    for (const { measures } of read.measuresByPlan) for (const m of measures) add(`measure:${m.id}`, 'measure', m.title, space.name, m.handover);
  }
  const meetings = [...new Map(spaces.flatMap(({ read }) => read.meetings).map((m) => [m.id, m])).values()].filter((m) => (m.agreements ?? []).some((a: Item) => a.handover?.councilId === councilId));
  const networks = new Map((await repo.batchGet(entities.network, [...new Set(meetings.map((m) => m.networkId as string))])).map((n) => [n.id, n.name as string]));
  for (const m of meetings)
    (m.agreements as Item[]).forEach((a, i) => add(`agreement:${m.id}:${a.id ?? i}`, 'agreement', a.text, networks.get(m.networkId) ?? 'Netzwerk', a.handover, m.date));
  const all = [...items.values()];
  return {
    // Longest waiting first.
    open: all.filter((h) => !h.answer).sort((a, b) => a.on.localeCompare(b.on) || a.title.localeCompare(b.title, 'de')),
    // Answered in the period (or without a recorded day), newest answer first.
    answered: all
      .filter((h) => h.answer && (!h.answeredOn || h.answeredOn >= period.from))
      .sort((a, b) => (b.answeredOn ?? b.on).localeCompare(a.answeredOn ?? a.on) || a.title.localeCompare(b.title, 'de')),
  };
}

/** The report of `council` for the chosen session, made at `now`. */
export async function councilReportData(repo: Repository, council: Council, choice: SessionChoice, now: Date): Promise<CouncilReportData> {
  const today = berlinToday(now);
  const day = choice.session?.date ?? today;
  const period = periodOf(choice, today);
  const [district, allSpaces, data] = await Promise.all([repo.find(entities.district, council.districtId), repo.listAll(entities.socialSpace), areaData(repo, now.getTime())]);
  const touching = allSpaces.filter((s) => (s.districtIds ?? []).includes(council.districtId)).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const reader = { offers: bySpaceReader(repo, entities.offer), meetings: bySpaceReader(repo, entities.meeting) };
  const read = await Promise.all(touching.map(async (space) => ({ space, read: await readSpace(repo, space, period, reader) })));
  const year = Number(day.slice(0, 4));

  const spaces = await Promise.all(
    read.map(async ({ space, read: r }): Promise<SpaceSection> => {
      const inDistrict = r.quarters.filter((q) => q.districtId === council.districtId);
      const quarterName = new Map(r.quarters.map((q) => [q.id, q.name as string]));
      const districtQuarters = new Set(inDistrict.map((q) => q.id));
      const projects = r.measuresByPlan
        .filter(({ plan }) => isPublicPlan(plan, year))
        .flatMap(({ measures }) => measures)
        .filter(isPublicMeasure)
        .sort((a, b) => String(a.plannedFrom).localeCompare(String(b.plannedFrom)) || a.title.localeCompare(b.title, 'de'))
        .map((m) => ({ title: m.title, status: m.status, goals: (m.goalIds ?? []).flatMap((g: string) => (data.goals.has(g) ? [goalBrief(data.goals.get(g)!).name] : [])) }));
      const needs = r.needs
        .filter((n) => within(dayOf(n.createdAt), period) && (!n.quarterIds?.length || n.quarterIds.some((q: string) => districtQuarters.has(q))))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((n) => ({ title: n.title, theme: n.theme, status: n.status, quarters: (n.quarterIds ?? []).map((q: string) => quarterName.get(q)).filter((q): q is string => !!q), raisedOn: dayOf(n.createdAt) }));
      return {
        id: space.id,
        name: space.name,
        quarters: inDistrict.map((q) => q.name as string).sort((a, b) => a.localeCompare(b, 'de')),
        results: await resultsOf(repo, data, space.id),
        projects,
        needs,
      };
    }),
  );

  const cells = read.map(({ read: r }) => PARTICIPATION_FIGURES.map((f) => published(r.figures[f])));
  return {
    council: { id: council.id, name: council.name, office: council.office ?? {} },
    district: { id: council.districtId, name: district?.name ?? council.districtId },
    ...(choice.session ? { session: choice.session } : {}),
    day,
    producedAt: now.toISOString(),
    period,
    spaces,
    participation: {
      rows: read.map(({ space }, i) => ({ socialSpaceId: space.id, name: space.name, cells: cells[i] })),
    },
    offersByTheme: offersByTheme(read.map(({ read: r }) => r.offers), today),
    handovers: await handoversOf(repo, council.id, read, period, day),
  };
}
