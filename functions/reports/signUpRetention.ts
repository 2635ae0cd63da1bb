/**
 * Retention of sign-ups: 90 days after an activity, the names and e-mail addresses of its sign-ups are
 * removed (an audited update, `anonymised`); the sign-ups stay, so the counts and attendance do.
 * Looks at the twelve months up to the cutoff: a run that was missed for a while catches up.
 * Reads: social spaces (2), each space's activities per month (14), their sign-ups (3).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { entities } from '../../shared/entities.ts';
import type { Activity } from '../../shared/schemas/activity.ts';
import type { SignUp } from '../../shared/schemas/signUp.ts';
import { berlinToday, monthsEndingWith } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';

export const SIGN_UP_RETENTION_DAYS = 90;

export async function anonymiseOldSignUps(repo: Repository, now: Date): Promise<string[]> {
  const cutoff = addDays(berlinToday(now), -SIGN_UP_RETENTION_DAYS);
  const spaces = await repo.listAll(entities.socialSpace);
  const months = monthsEndingWith(cutoff.slice(0, 7), 12);
  const activities = (await Promise.all(spaces.flatMap((s) => months.map((m) => repo.listBySpaceMonth<Activity>(entities.activity, s.id, m))))).flat();
  const past = [...new Map(activities.filter((a) => a.signUp && (a.endDate ?? a.date) < cutoff).map((a) => [a.id, a])).values()];
  const done: string[] = [];
  for (const activity of past) {
    for (const s of (await repo.listAll<SignUp>(entities.signUp, { parentId: activity.id })).filter((x) => x.name || x.email)) {
      const { id, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...fields } = s;
      try {
        await repo.update(entities.signUp, id, { ...fields, name: undefined, email: undefined, anonymised: true }, version, { actor: 'system:retention', current: s });
        done.push(id);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
  }
  return done;
}
