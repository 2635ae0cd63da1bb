/**
 * A room booking's states (issue 34), pure: the summary the queue sorts by, when a request is overdue
 * (no answer within three NRW working days, shared/time/workingDays.ts), when an occurrence counts as
 * answered, and its fee. The metric job and the requester's status page read the same rules.
 */
import { berlinToday } from '../time/months.ts';
import { addWorkingDays } from '../time/workingDays.ts';
import { minutes } from './roomAvailability.ts';

export type OccurrenceStatus = 'pending' | 'approved' | 'refused' | 'cancelled' | 'proposed';
export type BookingStatus = OccurrenceStatus | 'unconfirmed';

interface Slot { date: string; startTime: string; endTime: string }

/** Where and when an occurrence is to be held: at the proposed time while one is proposed. */
export const slotOf = (o: Slot & { status: string; proposal?: Slot }): Slot =>
  o.status === 'proposed' && o.proposal ? { date: o.proposal.date, startTime: o.proposal.startTime, endTime: o.proposal.endTime } : { date: o.date, startTime: o.startTime, endTime: o.endTime };

/** Working days staff have to answer a request. */
export const ANSWER_WORKING_DAYS = 3;

/** Pending while any occurrence waits; then proposed, approved, refused, else cancelled. */
export function summaryStatus(occurrences: { status: OccurrenceStatus }[]): BookingStatus {
  for (const s of ['pending', 'proposed', 'approved', 'refused'] as const) if (occurrences.some((o) => o.status === s)) return s;
  return 'cancelled';
}

interface Asked { createdAt: string; confirmedAt?: string; answeredAt?: string }

/** When the request reached staff: a public one once its address was confirmed. */
export const askedAt = (b: Asked) => b.confirmedAt ?? b.createdAt;

/** The last Berlin day a request may be answered on in time. */
export const answerDue = (b: Asked) => addWorkingDays(berlinToday(new Date(askedAt(b))), ANSWER_WORKING_DAYS);

/** Waiting for its first answer past the three working days. */
export function isOverdue(b: Asked & { status: BookingStatus }, now: Date): boolean {
  return b.status === 'pending' && !b.answeredAt && berlinToday(now) > answerDue(b);
}

/** Whether the first answer came within three working days (a metric of issue 34). */
export const answeredInTime = (b: Asked) => !!b.answeredAt && berlinToday(new Date(b.answeredAt)) <= answerDue(b);

/** The fee of one occurrence for a kind of booker: the room's stated amount, per occurrence or per hour. */
export function feeOf(fees: { bookerKind: string; cents: number; per?: 'occurrence' | 'hour' }[], kind: string, startTime: string, endTime: string): number {
  const fee = fees.find((f) => f.bookerKind === kind);
  if (!fee) return 0;
  return fee.per === 'hour' ? Math.round((fee.cents * (minutes(endTime) - minutes(startTime))) / 60) : fee.cents;
}

/** Pending first, then the request that reached staff first (the queue's order without a chosen sort). */
export function queueOrder<T extends Asked & { status: string }>(a: T, b: T): number {
  return Number(a.status !== 'pending') - Number(b.status !== 'pending') || askedAt(a).localeCompare(askedAt(b));
}
