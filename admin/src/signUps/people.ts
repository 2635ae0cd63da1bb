/** The people of a list of sign-ups, by status, and those marked as attended (each sign-up with its guests). */
import { peopleOf } from '../../../shared/domain/signUps';

export interface PeopleCounts {
  confirmed: number;
  waitlisted: number;
  unconfirmed: number;
  cancelled: number;
  attended: number;
}

export function countPeople(signUps: readonly { status?: string; guests?: number; attended?: boolean }[]): PeopleCounts {
  const counts: PeopleCounts = { confirmed: 0, waitlisted: 0, unconfirmed: 0, cancelled: 0, attended: 0 };
  for (const s of signUps) {
    if (s.status && s.status in counts) counts[s.status as keyof PeopleCounts] += peopleOf(s);
    if (s.attended) counts.attended += peopleOf(s);
  }
  return counts;
}
