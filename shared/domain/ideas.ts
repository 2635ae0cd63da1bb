/**
 * What counts as what for residents' ideas, written once: the metrics (shared/metrics/catalogue.ts),
 * the monthly report's participation lines and the need-vs-offer matrix read these rules.
 */
import type { Item } from '../entities.ts';

/** Staff answer within this many days of an idea arriving (goal 1: everyone gets an answer, and soon). */
export const ANSWER_DAYS = 14;

/** Answered (released, rejected, moved on or given an answer) within ANSWER_DAYS of arriving. */
export const answeredInTime = (i: Item) => !!i.answeredAt && Date.parse(i.answeredAt) - Date.parse(i.createdAt) <= ANSWER_DAYS * 86_400_000;

/** Became part of the work: taken up as a need or a measure, or done. */
export const takenUp = (i: Item) => !!i.needId || !!i.measureId || i.status === 'taken-up' || i.status === 'done';

/** Still open to be worked on: not rejected, merged, closed or already taken up. */
export const openIdea = (i: Item) => i.moderation !== 'rejected' && !i.duplicateOf && !i.needId && !i.measureId && ['received', 'in-review'].includes(i.status);
