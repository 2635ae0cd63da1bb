/**
 * The monthly goal report's figures: the scorecard per social space and indicator, a roll-up
 * per goal, offer counts per social space, missing values with who is responsible, and
 * "notable changes" computed from the data, and each centre's room figures of the month.
 * Reads collections (2) and period partitions (4), and what the room metrics read (shared/metrics/roomUse.ts).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import { monthRange } from '../../shared/time/months.ts';
import { shiftPeriod, statusOf, type Cell, type Status } from '../../shared/domain/scorecard.ts';
import { isStale } from '../../shared/domain/offerReview.ts';
import { answeredInTime, takenUp } from '../../shared/domain/ideas.ts';
import { searchesByLanguage } from '../../shared/domain/needMatrix.ts';
import { loadScorecardInputs, scorecardFrom, type LoadedScorecard } from '../indicators/scorecard.ts';
import { loadCentreUse } from '../../shared/metrics/roomUse.ts';
import { roomFigures, type CentreRooms } from './roomFigures.ts';

export interface OfferCounts {
  socialSpaceId: string;
  total: number;
  published: number;
  new: number;
  changed: number;
  ended: number;
  stale: number;
}

export interface Notable {
  kind: 'newly-off-track' | 'largest-improvement' | 'largest-decline';
  indicatorId: string;
  socialSpaceId: string;
  from: number | null;
  to: number | null;
  changePct: number | null;
}

export interface ReportData {
  month: string;
  /** Set for a personal report: the social spaces it covers (the city-wide report covers all). */
  socialSpaceIds?: string[];
  generatedAt: string;
  scorecard: LoadedScorecard;
  goalRollUp: { goalId: string; status: Status; counts: Record<Status, number> }[];
  offers: OfferCounts[];
  /** Per social space with budget lines in the report's year: planned, spent (as the expense counters stand), remaining, in cents. */
  budget: { socialSpaceId: string; year: number; plannedCents: number; spentCents: number; remainingCents: number }[];
  missing: { indicatorId: string; socialSpaceId: string; period: string; responsibleRole: string }[];
  notable: Notable[];
  /** Residents' ideas received in the month, per social space: answered within 14 days, taken up, still waiting for release. */
  participation: { socialSpaceId: string; received: number; answeredInTime: number; takenUp: number; pending: number }[];
  /** Public searches of the month that found nothing, per social space, by the language they were made in (German included). */
  searchLanguages: { socialSpaceId: string; byLanguage: { language: string; count: number }[] }[];
  /** The month's room figures of each centre with rooms, by the small-count rule. */
  rooms: CentreRooms[];
}

const pct = (from: number | null, to: number | null) => (from === null || to === null || from === 0 ? null : Math.round(((to - from) / Math.abs(from)) * 1000) / 10);

/** Largest moves (direction-aware) and indicators that fell off track since the previous period. */
export function notableChanges(card: Pick<LoadedScorecard, 'cells' | 'indicators'>, statusOfPrevious: (c: Cell) => Status): Notable[] {
  const dir = new Map(card.indicators.map((i) => [i.id, i.direction]));
  const moves = card.cells
    .map((c) => ({ c, change: pct(c.previous, c.value) }))
    .filter((m) => m.change !== null)
    .map((m) => ({ ...m, gain: (dir.get(m.c.indicatorId) === 'lower-is-better' ? -1 : 1) * m.change! }));
  const toNotable = (kind: Notable['kind'], c: Cell): Notable => ({ kind, indicatorId: c.indicatorId, socialSpaceId: c.socialSpaceId, from: c.previous, to: c.value, changePct: pct(c.previous, c.value) });
  const byGain = [...moves].sort((a, b) => b.gain - a.gain || a.c.indicatorId.localeCompare(b.c.indicatorId) || a.c.socialSpaceId.localeCompare(b.c.socialSpaceId));
  const newlyOff = card.cells.filter((c) => c.status === 'off-track' && c.previous !== null && statusOfPrevious(c) !== 'off-track');
  return [
    ...newlyOff.map((c) => toNotable('newly-off-track', c)),
    ...byGain.filter((m) => m.gain > 0).slice(0, 3).map((m) => toNotable('largest-improvement', m.c)),
    ...byGain.filter((m) => m.gain < 0).slice(-3).reverse().map((m) => toNotable('largest-decline', m.c)),
  ];
}

/**
 * A goal across the city: on track when at least two thirds of the measured social spaces are,
 * off track when more than a third are off track, otherwise at risk.
 */
export function cityWideStatus(counts: Record<Status, number>): Status {
  const measured = counts['on-track'] + counts['at-risk'] + counts['off-track'];
  if (!measured) return counts['no-target'] ? 'no-target' : 'missing';
  if (counts['on-track'] / measured >= 2 / 3) return 'on-track';
  if (counts['off-track'] / measured > 1 / 3) return 'off-track';
  return 'at-risk';
}

/** Everything a report reads, once; the city-wide and every personal report are computed from it. */
/** What the offer counts read of each offer (not its texts): 6,000 offers are the report's largest read after the scorecard. */
const OFFER_FIELDS = ['socialSpaceIds', 'status', 'createdAt', 'updatedAt', 'reviewedAt'] as const;
/** What the participation lines read of each idea: never its text. */
const IDEA_FIELDS = ['socialSpaceId', 'createdAt', 'answeredAt', 'status', 'needId', 'moderation'] as const;

export async function loadReportInputs(repo: Repository, month: string) {
  const [inputs, offers, lines, ideas, searchGaps, centreUse] = await Promise.all([
    loadScorecardInputs(repo, month), repo.listAll(entities.offer, { fields: OFFER_FIELDS }), repo.listAll(entities.budgetLine), repo.listAll(entities.idea, { fields: IDEA_FIELDS }), repo.listSearchGaps(month), loadCentreUse(repo, [month]),
  ]);
  return { month, inputs, offers, lines, ideas, searchGaps, centreUse };
}
export type ReportInputs = Awaited<ReturnType<typeof loadReportInputs>>;

export async function computeReport(repo: Repository, month: string, now: Date): Promise<ReportData> {
  return reportFrom(await loadReportInputs(repo, month), now);
}

/** The report of all social spaces, or of `socialSpaceIds` only: the same computation, filtered first. */
export function reportFrom(loaded: ReportInputs, now: Date, socialSpaceIds?: string[]): ReportData {
  const { month, offers, lines, ideas, searchGaps, centreUse } = loaded;
  const inputs = socialSpaceIds ? { ...loaded.inputs, socialSpaces: loaded.inputs.socialSpaces.filter((s) => socialSpaceIds.includes(s.id)) } : { ...loaded.inputs, socialSpaces: [...loaded.inputs.socialSpaces] };
  const scorecard = scorecardFrom(month, inputs);
  const { start, end } = monthRange(month);
  const inMonth = (iso?: string) => !!iso && Date.parse(iso) >= start.getTime() && Date.parse(iso) < end.getTime();
  // Stale as of the month's end, by the one staleness rule (shared/contract/listFilters.ts).
  const monthEnd = new Date(end.getTime() - 1);

  const offerCounts: OfferCounts[] = scorecard.socialSpaces.map(({ id }) => {
    const mine = offers.filter((o) => o.socialSpaceIds.includes(id) && Date.parse(o.createdAt) < end.getTime());
    return {
      socialSpaceId: id,
      total: mine.length,
      published: mine.filter((o) => o.status === 'published').length,
      new: mine.filter((o) => inMonth(o.createdAt)).length,
      changed: mine.filter((o) => !inMonth(o.createdAt) && inMonth(o.updatedAt) && o.status !== 'ended').length,
      ended: mine.filter((o) => o.status === 'ended' && inMonth(o.updatedAt)).length,
      stale: mine.filter((o) => o.status === 'published' && isStale(o, monthEnd)).length,
    };
  });

  const goalRollUp = scorecard.goalList.map((g) => {
    const statuses = scorecard.goals.filter((x) => x.goalId === g.id).map((x) => x.status);
    const counts = Object.fromEntries((['on-track', 'at-risk', 'off-track', 'no-target', 'missing'] as Status[]).map((s) => [s, statuses.filter((x) => x === s).length])) as Record<Status, number>;
    return { goalId: g.id, status: cityWideStatus(counts), counts };
  });

  const indicator = new Map(scorecard.indicators.map((i) => [i.id, i]));
  const missing = scorecard.cells
    .filter((c) => c.status === 'missing')
    .map((c) => ({ indicatorId: c.indicatorId, socialSpaceId: c.socialSpaceId, period: c.period, responsibleRole: indicator.get(c.indicatorId)?.responsibleRole ?? 'coordination' }));

  // The previous period's status, judged against the target of the previous period's year.
  const targetByKey = new Map(inputs.targets.map((t) => [`${t.indicatorId}|${t.socialSpaceId}|${t.year}`, t.target as number]));
  const targetOf = (c: Cell, year: number) => targetByKey.get(`${c.indicatorId}|${c.socialSpaceId}|${year}`) ?? null;
  const prevStatus = (c: Cell) => {
    const prev = shiftPeriod(c.period, 1);
    return statusOf(c.previous, targetOf(c, Number(prev.slice(0, 4))), indicator.get(c.indicatorId)!.direction as 'higher-is-better' | 'lower-is-better').status;
  };

  const year = Number(month.slice(0, 4));
  const budget = scorecard.socialSpaces
    .map(({ id }) => {
      const mine = lines.filter((l) => l.socialSpaceId === id && l.year === year);
      const plannedCents = mine.reduce((n, l) => n + l.plannedCents, 0);
      const spentCents = mine.reduce((n, l) => n + (l.spentCents ?? 0), 0);
      return { socialSpaceId: id, year, plannedCents, spentCents, remainingCents: plannedCents - spentCents, lines: mine.length };
    })
    .filter((b) => b.lines > 0)
    .map(({ lines: _n, ...b }) => b);

  const participation = scorecard.socialSpaces.map(({ id }) => {
    const received = ideas.filter((i) => i.socialSpaceId === id && inMonth(i.createdAt));
    return { socialSpaceId: id, received: received.length, answeredInTime: received.filter(answeredInTime).length, takenUp: received.filter(takenUp).length, pending: received.filter((i) => i.moderation === 'pending').length };
  });

  const searchLanguages = scorecard.socialSpaces.map(({ id }) => ({ socialSpaceId: id, byLanguage: searchesByLanguage(searchGaps, id) }));
  const rooms = roomFigures(centreUse, scorecard.socialSpaces.map((s) => s.id), month);

  return { month, ...(socialSpaceIds ? { socialSpaceIds: [...socialSpaceIds].sort() } : {}), generatedAt: now.toISOString(), scorecard, goalRollUp, offers: offerCounts, missing, notable: notableChanges(scorecard, prevStatus), budget, participation, searchLanguages, rooms };
}
