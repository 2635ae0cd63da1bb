/**
 * The day before an activity, everyone with a confirmed place gets a reminder, exactly once (a
 * delivery item per sign-up, pattern 17, as for the reminder digests). Part of the daily reminder run.
 * Reads: social spaces (2), each space's activities of tomorrow's month (14), their sign-ups (3).
 */
import { keys } from '../../shared/db/keys.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import { signUpMail } from '../../shared/format/signUpMail.ts';
import type { Activity } from '../../shared/schemas/activity.ts';
import type { SignUp } from '../../shared/schemas/signUp.ts';
import { addDays } from '../../shared/time/workingDays.ts';
import { mailFrom, type MailTransport } from '../mail/mailer.ts';

import { sendOnce, type SendOutcome } from './sendOnce.ts';

export async function remindSignUps(repo: Repository, opts: { day: string; actor: string; now: () => Date; transport: MailTransport; baseUrl: string }): Promise<{ signUpId: string; outcome: SendOutcome['outcome'] }[]> {
  const tomorrow = addDays(opts.day, 1);
  const spaces = await repo.listAll(entities.socialSpace);
  const activities = (await Promise.all(spaces.map((s) => repo.listBySpaceMonth<Activity>(entities.activity, s.id, tomorrow.slice(0, 7))))).flat();
  const due = [...new Map(activities.filter((a) => a.signUp && a.date === tomorrow).map((a) => [a.id, a])).values()];
  const out: { signUpId: string; outcome: SendOutcome['outcome'] }[] = [];
  for (const activity of due) {
    const confirmed = (await repo.listAll<SignUp>(entities.signUp, { parentId: activity.id })).filter((s) => s.status === 'confirmed' && s.email);
    for (const s of confirmed) {
      const mail = signUpMail('reminder', { activity, link: `${opts.baseUrl}/angebote/?seite=mitmachen`, calendar: `${opts.baseUrl}/v1/public/activities/${activity.id}/calendar.ics`, name: s.name });
      const result = await sendOnce(repo, { key: keys.delivery('sign-up-reminder', tomorrow, `signup:${s.id}`), audit: { entityType: 'delivery', entityId: `sign-up-reminder:${tomorrow}:${s.id}` } }, opts, () =>
        opts.transport.sendMail({ from: mailFrom(), to: s.email!, ...mail }),
      );
      out.push({ signUpId: s.id, outcome: result.outcome });
    }
  }
  return out;
}
