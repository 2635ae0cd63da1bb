/** A council's next session from today (Berlin's day) on, if it has one: what „Bericht zur nächsten Sitzung“ reports on. */
import type { CouncilSession } from '../../../shared/schemas/council';
import { berlinToday } from '../../../shared/time/months';

export function nextSession(sessions: readonly CouncilSession[] | undefined, now: Date): CouncilSession | undefined {
  const today = berlinToday(now);
  return (sessions ?? []).filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
}
