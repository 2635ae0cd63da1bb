/**
 * Retention of sign-ups: 90 days after an activity, the names and e-mail addresses of its sign-ups are
 * removed (an audited update, `anonymised`); the sign-ups stay, so the counts and attendance do. A
 * sign-up never confirmed loses them as soon as its link has expired (as its e-mail promises).
 * Looks at the activities from twelve months before the cutoff to three months ahead: a run that was
 * missed for a while catches up.
 * Reads: social spaces (2), each space's activities per month (14), their sign-ups (3).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { entities } from '../../shared/entities.ts';
import type { Activity } from '../../shared/schemas/activity.ts';
import type { SignUp } from '../../shared/schemas/signUp.ts';
import { CONFIRM_HOURS } from '../../shared/domain/signUps.ts';
import { berlinToday, monthsEndingWith } from '../../shared/time/months.ts';

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
/** How many months lie after `from` up to `to` (0 for the same month). */
const monthsBetween = (from: string, to: string) => monthIndex(to) - monthIndex(from);
import { addDays } from '../../shared/time/workingDays.ts';

export const SIGN_UP_RETENTION_DAYS = 90;
const CONFIRM_MS = CONFIRM_HOURS * 3_600_000;

export async function anonymiseOldSignUps(repo: Repository, now: Date): Promise<string[]> {
  const cutoff = addDays(berlinToday(now), -SIGN_UP_RETENTION_DAYS);
  const spaces = await repo.listAll(entities.socialSpace);
  const ahead = addDays(berlinToday(now), 92).slice(0, 7);
  const months = monthsEndingWith(ahead, 12 + monthsBetween(cutoff.slice(0, 7), ahead));
  const activities = (await Promise.all(spaces.flatMap((s) => months.map((m) => repo.listBySpaceMonth<Activity>(entities.activity, s.id, m))))).flat();
  const withSignUps = [...new Map(activities.filter((a) => a.signUp).map((a) => [a.id, a])).values()];
  const expired = (s: SignUp) => s.status === 'unconfirmed' && now.getTime() - Date.parse(s.createdAt) > CONFIRM_MS;
  const done: string[] = [];
  for (const activity of withSignUps) {
    const over = (activity.endDate ?? activity.date) < cutoff;
    for (const s of (await repo.listAll<SignUp>(entities.signUp, { parentId: activity.id })).filter((x) => (x.name || x.email) && (over || expired(x)))) {
      try {
        await repo.update(entities.signUp, s.id, { ...s, name: undefined, email: undefined, anonymised: true }, s.version, { actor: 'system:retention', current: s });
        done.push(s.id);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
  }
  return done;
}
