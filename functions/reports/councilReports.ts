/**
 * The district report goes to each council's recipients before each session, exactly once: every
 * scheduled run (the daily 07:00 run and the hourly catch-up, which `npm start` runs too) sends the
 * report of each session whose window is open today in Berlin, from `reportDaysBefore` days before
 * the session up to its day. So a run missed inside the window (the function down for two days) is
 * made up by the next one; once the session has passed, nothing is sent.
 *
 * Exactly once per council and session across runs and retries: one delivery item (pattern 17,
 * kind `council-report`, the session's day, recipient `council:<id>`) claimed through sendOnce, its
 * states audited as `delivery` like the other deliveries. The data is gathered only by the run that
 * holds the claim; a failed send is tried again by the next run inside the window.
 * Reads: councils (2), then what the report reads (councilReport.ts).
 */
import { keys } from '../../shared/db/keys.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { entities } from '../../shared/entities.ts';
import type { Council } from '../../shared/schemas/council.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { mailFrom, type MailTransport } from '../mail/mailer.ts';
import { councilReportData, dueSessions } from './councilReport.ts';
import { councilReportTitle, renderCouncilReportHtml, renderCouncilReportText } from './councilReportHtml.ts';
import { sendOnce, type SendOutcome } from './sendOnce.ts';

/** The delivery item of one council's report for one session (pattern 17). */
export const councilReportDelivery = (councilId: string, sessionDate: string) => ({
  key: keys.delivery('council-report', sessionDate, `council:${councilId}`),
  audit: { entityType: 'delivery', entityId: `council-report:${sessionDate}:council:${councilId}` },
  fields: { councilId, sessionDate },
});

export interface CouncilReportOutcome {
  councilId: string;
  session: string;
  outcome: SendOutcome['outcome'];
  reason?: string;
}

export interface CouncilReportOptions {
  actor: string;
  now: () => Date;
  transport: MailTransport;
  from?: string;
}

/** Sends every report due today that was not sent yet; returns what happened to each. */
export async function sendCouncilReports(repo: Repository, opts: CouncilReportOptions): Promise<CouncilReportOutcome[]> {
  const today = berlinToday(opts.now());
  const councils = await repo.listAll<Council>(entities.council);
  const out: CouncilReportOutcome[] = [];
  for (const council of councils) {
    for (const session of dueSessions(council, today)) {
      const recipients = [...new Set(council.recipients.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
      // Not claimed: recipients entered later in the window still get it.
      if (!recipients.length) {
        out.push({ councilId: council.id, session: session.date, outcome: 'skipped', reason: 'no recipients' });
        continue;
      }
      const result = await sendOnce(repo, councilReportDelivery(council.id, session.date), { actor: opts.actor, now: opts.now }, async () => {
        const data = await councilReportData(repo, council, { session }, opts.now());
        const from = mailFrom(opts.from);
        // One message, the recipients in Bcc, as the city-wide report: nobody's address goes to the others.
        return opts.transport.sendMail({ from, to: from, bcc: recipients, subject: councilReportTitle(data), text: renderCouncilReportText(data), html: renderCouncilReportHtml(data) });
      });
      out.push({ councilId: council.id, session: session.date, ...result });
    }
  }
  return out;
}
