/**
 * The metric catalogue: how each computed indicator's value follows from the records the system
 * holds, per social space and period. Pure: the job (compute.ts) loads what `reads` names.
 *
 * Windows: `period` is the period's own months; `year` the 12 months ending with the period's last
 * month (a rolling year, so a monthly figure of active partners is not a count of one month).
 * Meetings and activities count in the month of their (first) day; residents' ideas in the month
 * they were received (whatever happened to them since); rooms' occurrences on their Berlin day, room
 * requests in the month they reached staff (shared/domain/roomUse.ts).
 */
import type { Item } from '../entities.ts';
import { ACTIVE_STAGES } from '../schemas/values.ts';
import type { Metric } from '../schemas/indicator.ts';
import { coAttendance } from '../domain/networkGraph.ts';
import { answeredInTime, takenUp } from '../domain/ideas.ts';
import { peopleOf } from '../domain/signUps.ts';
import { distinctGroups, GROUP_KINDS, hoursBy, openingHoursUsed, PARTNER_KINDS, requestsAnswered, type CentreUse } from '../domain/roomUse.ts';

export interface MetricInput {
  socialSpaceId: string;
  /** Meetings or activities serving the space in the window; every offer (`offers`); every search gap of the window (`search-gaps`); the space's ideas received in the window (`ideas`); answers to its surveys received in the window (`survey-responses`); the sign-ups for its activities held in the window (`sign-ups`); every centre with its rooms, their own use and bookings, the window's days (`room-use`). */
  records: Item[];
  options: { stage?: string; theme?: string };
  /** The instant the period ends (offers are judged as of then). */
  end: Date;
  /** Reviewed on or after this instant counts as current (six calendar months up to `end`). */
  currentSince: Date;
}

export interface MetricDef {
  reads: 'meetings' | 'activities' | 'offers' | 'search-gaps' | 'ideas' | 'survey-responses' | 'sign-ups' | 'room-use';
  window: 'period' | 'year';
  value: (input: MetricInput) => number | null;
  /**
   * For a share of people: the counts it is computed from, stored with the value (a measurement's
   * `basis`), so that a share computed from a small count is never published (shared/domain/smallCounts.ts).
   */
  basis?: (input: MetricInput) => { numerator: number; denominator?: number };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (part: number, whole: number) => (whole ? round1((part / whole) * 100) : null);
/** A share in percent of people, and the two counts it is computed from. */
const shareOfPeople = (basis: (input: MetricInput) => { numerator: number; denominator: number }): Pick<MetricDef, 'value' | 'basis'> => ({
  value: (input) => {
    const { numerator, denominator } = basis(input);
    return percent(numerator, denominator);
  },
  basis,
});
/** The space's centres (the room metrics read every centre); a space without a centre has no value, one without rooms counts 0 hours. */
const centresOf = ({ records, socialSpaceId }: MetricInput) => records.filter((c) => c.socialSpaceId === socialSpaceId) as CentreUse[];
const ofCentres = (value: (centres: CentreUse[]) => number | null) => (input: MetricInput) => {
  const centres = centresOf(input);
  return centres.length ? value(centres) : null;
};
/**
 * Hours used by these kinds of bookers, with the number of groups behind them as the basis: a sum
 * over fewer than five groups is not published, so no one group's use can be read off.
 */
const roomHours = (kinds: string[]): Pick<MetricDef, 'value' | 'basis'> => ({
  value: ofCentres((centres) => hoursBy(centres, kinds).hours),
  basis: (input) => ({ numerator: hoursBy(centresOf(input), kinds).groups }),
});
const ofStage = (records: Item[], stage?: string) => (stage ? records.filter((r) => r.stage === stage) : records);
const sum = (records: Item[], field: string) => records.reduce((total, r) => total + (Number(r[field]) || 0), 0);
/** Published offers serving the space that existed by the period's end. */
const publishedIn = ({ records, socialSpaceId, end }: MetricInput) =>
  records.filter((o) => o.status === 'published' && o.socialSpaceIds?.includes(socialSpaceId) && Date.parse(o.createdAt) < end.getTime());

export const METRICS: Record<Metric, MetricDef> = {
  /** Goal 4: residents raising what concerns them (ideas sent from the finder or recorded by staff). */
  'ideas-received': { reads: 'ideas', window: 'period', value: ({ records }) => records.length },
  /** Goal 1: everyone gets an answer, and soon. */
  'ideas-answered-14d': { reads: 'ideas', window: 'period', ...shareOfPeople(({ records }) => ({ numerator: records.filter(answeredInTime).length, denominator: records.length })) },
  /** Goal 4: what residents raised became part of the work (a need, a measure). */
  'ideas-taken-up': { reads: 'ideas', window: 'period', value: ({ records }) => records.filter(takenUp).length },
  /** Goal 1: how many of the space's quarters were heard from in a rolling year. */
  'quarters-heard': { reads: 'ideas', window: 'year', value: ({ records }) => new Set(records.map((i) => i.quarterId).filter(Boolean)).size },
  /** Goal 4: residents answering the space's surveys. */
  'survey-responses': { reads: 'survey-responses', window: 'period', value: ({ records }) => records.length },
  /** Goal 1: people with a confirmed place at the space's activities (guests counted). */
  'sign-ups': { reads: 'sign-ups', window: 'period', value: ({ records }) => records.filter((s) => s.status === 'confirmed').reduce((n, s) => n + peopleOf(s), 0) },
  /** Goal 1: of them, the people who came (as staff marked them). */
  attendance: { reads: 'sign-ups', window: 'period', value: ({ records }) => records.filter((s) => s.attended).reduce((n, s) => n + peopleOf(s), 0) },
  'meetings-held': { reads: 'meetings', window: 'period', value: ({ records }) => records.length },
  'active-partners': { reads: 'meetings', window: 'year', value: ({ records }) => coAttendance(records).nodes.length },
  'network-density': { reads: 'meetings', window: 'year', value: ({ records }) => coAttendance(records).density },
  participants: { reads: 'activities', window: 'period', value: ({ records, options }) => sum(ofStage(records, options.stage), 'participants') },
  volunteers: { reads: 'activities', window: 'period', value: ({ records, options }) => sum(ofStage(records, options.stage), 'volunteers') },
  'activation-share': {
    reads: 'activities',
    window: 'period',
    value: ({ records }) => percent(records.filter((r) => ACTIVE_STAGES.includes(r.stage)).length, records.length),
  },
  'offers-current': {
    reads: 'offers',
    window: 'period',
    value: (input) => {
      const offers = publishedIn(input);
      const current = offers.filter((o) => o.reviewedAt && Date.parse(o.reviewedAt) >= input.currentSince.getTime() && Date.parse(o.reviewedAt) < input.end.getTime());
      return percent(current.length, offers.length);
    },
  },
  /** Public searches in the space that found nothing (goal 3: offers that meet needs). */
  'unmet-searches': { reads: 'search-gaps', window: 'period', value: ({ records, socialSpaceId }) => sum(records.filter((g) => g.socialSpaceId === socialSpaceId), 'count') },
  /** Goal 3: the centres' rooms serve the neighbourhood's own groups (residents' and self-help groups). */
  'room-hours-groups': { reads: 'room-use', window: 'period', ...roomHours(GROUP_KINDS) },
  /** Goal 2: partner organisations work in the centres. */
  'room-hours-partners': { reads: 'room-use', window: 'period', ...roomHours(PARTNER_KINDS) },
  /** Goal 3: how much of the rooms' opening hours is in use (bookings and the centre's own offers and meetings). */
  'room-opening-hours-used': { reads: 'room-use', window: 'period', value: ofCentres(openingHoursUsed) },
  /** Goal 3: every request gets an answer within three working days. */
  'room-requests-answered-3wd': { reads: 'room-use', window: 'period', ...shareOfPeople((input) => requestsAnswered(centresOf(input))) },
  /** Goal 3: the distinct groups (organisations or named groups) using the centres. */
  'room-groups': { reads: 'room-use', window: 'period', value: ofCentres(distinctGroups) },
  'offers-published': {
    reads: 'offers',
    window: 'period',
    value: (input) => publishedIn(input).filter((o) => !input.options.theme || o.themes?.includes(input.options.theme)).length,
  },
};
