/**
 * The monthly goal report and the reminders before it.
 * Triggers: EventBridge Scheduler (at-least-once), each run once per active tenant: the report on days 1–7 of the month at 07:00
 * Europe/Berlin, from the first working day on (a report already sent is skipped, a failed one
 * tried again); the reminders and the district reports due before a council's session daily at
 * 07:00 (councilReports.ts); hourly the pending backfills (pattern 20, marker 21) and the catch-up
 * of missed metric runs, reports and district reports (catchUp.ts). And the API Gateway routes of
 * group `reports` (POST /v1/reports, GET /v1/reports[/{month}], settings, GET /v1/councils/{id}/report).
 * Access patterns: 2 (collections), 4 (measurements and contributions of the compared periods),
 * 11, 12 (reports), 15 (open agreements), 17 (personal reports and digests), 6-8 (audit);
 * the report run first runs the metric job (shared/metrics/job.ts: 5, 14).
 */
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { berlinToday, longDateDe, previousMonth } from '../../shared/time/months.ts';
import type { Council } from '../../shared/schemas/council.ts';
import { getDeps } from '../http/deps.ts';
import { pageReply, parseListParams } from '../http/listing.ts';
import { problems } from '../http/problem.ts';
import { logger } from '../http/logger.ts';
import { httpFunction } from '../http/wrapper.ts';
import type { ReportsEvent, ScheduleEvent } from '../http/types.ts';
import { getReport, listReports } from '../../shared/db/reportStore.ts';
import { reportDay } from '../../shared/time/workingDays.ts';
import { linkSecret, publicUrl } from '../../shared/runtimeConfig.ts';
import { entities } from '../../shared/entities.ts';
import { REPORT_SETTINGS_ID } from '../../shared/schemas/values.ts';
import { settingsSchemas } from './settings.ts';
import { writableData } from '../http/crud.ts';
import { fanOut, forEachTenant, forOneTenant } from '../../shared/tenancy/forEachTenant.ts';
import { invokeSelf, selfName } from '../http/selfInvoke.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

// The report, reminder, backfill and mail code is loaded by the run that needs it: a cold start
// for a list of reports or the settings does not pay for composing and sending mail.
const deliver = () => import('./deliver.ts');
const mail = () => import('../mail/mailer.ts');

/**
 * Who gets the city-wide report besides leadership and the tenant's own report settings: for the
 * first tenant, REPORT_EXTRA_RECIPIENTS from the deployment's configuration (from before tenants);
 * never for another tenant.
 */
const extraRecipients = () => (currentTenant() === FIRST_TENANT ? (process.env.REPORT_EXTRA_RECIPIENTS ?? '').split(',').filter(Boolean) : []);

const http = httpFunction(() => import('../../shared/contract/routes/reports.ts'), {
  sendReport: async (call) => {
    const month = call.body.month ?? previousMonth(call.deps.now());
    const [{ deliverReport }, { createTransport }] = await Promise.all([deliver(), mail()]);
    const result = await deliverReport(call.deps.repo, { month, force: call.body.force, actor: call.actor, now: call.deps.now, transport: createTransport(), extraRecipients: extraRecipients() });
    return { status: result.outcome === 'sent' ? 201 : 200, body: { id: month, ...result } };
  },
  listReports: async (call) => {
    const { range } = parseListParams(call.query);
    return pageReply('reports', await listReports(call.deps.repo), range);
  },
  getReportSettings: async (call) => {
    if (call.params.id !== REPORT_SETTINGS_ID) throw problems.notFound(`Report settings are kept under id '${REPORT_SETTINGS_ID}'`);
    const stored = await call.deps.repo.find(entities.reportSettings, REPORT_SETTINGS_ID);
    return { body: stored ?? { id: REPORT_SETTINGS_ID, ...(await settingsSchemas()).DEFAULT_REPORT_SETTINGS, version: 0 } };
  },
  updateReportSettings: async (call) => {
    if (call.params.id !== REPORT_SETTINGS_ID) throw problems.notFound(`Report settings are kept under id '${REPORT_SETTINGS_ID}'`);
    const def = entities.reportSettings;
    const data = writableData((await settingsSchemas()).reportSettings, call.body);
    // Version 0: the first save creates the item (a concurrent first save gets 409 from the conditional create).
    const saved = call.body.version === 0
      ? await call.deps.repo.create(def, data, { actor: call.actor, id: REPORT_SETTINGS_ID })
      : await call.deps.repo.update(def, REPORT_SETTINGS_ID, data, call.body.version, { actor: call.actor });
    return { body: saved };
  },
  getReport: async (call) => {
    const report = await getReport(call.deps.repo, call.params.month);
    if (!report) throw problems.notFound(`No report for ${call.params.month}`);
    return { body: report };
  },
  // The district report: the named session, else the next one, else today's state without a session.
  getCouncilReport: async (call) => {
    const [{ councilReportData, sessionFor }, { renderCouncilReportHtml }] = await Promise.all([import('./councilReport.ts'), import('./councilReportHtml.ts')]);
    const now = call.deps.now();
    const council = call.current as Council;
    const choice = sessionFor(council, berlinToday(now), call.query.session);
    if (!choice) throw problems.notFound(`Die Bezirksvertretung hat am ${longDateDe(call.query.session)} keine Sitzung.`);
    return { text: renderCouncilReportHtml(await councilReportData(call.deps.repo, council, choice, now)), headers: { 'Cache-Control': 'no-store' } };
  },
});

/**
 * A schedule's run for every active tenant, each in its own scope with its own holidays; one
 * tenant's failure does not keep the others from theirs (shared/tenancy/forEachTenant.ts). In AWS
 * the schedule's invocation hands each tenant an invocation of its own (the event with `tenant`:
 * only the scheduler and this function send schedule events; API Gateway's requests take the HTTP path).
 */
export async function scheduledForAllTenants(event: ScheduleEvent, context?: Context) {
  const { repo } = getDeps();
  if (event.tenant) return forOneTenant(repo, event.tenant, () => scheduled(event, context));
  if (selfName()) return { handedTo: await fanOut(repo, (tenant) => invokeSelf({ ...event, tenant } satisfies ScheduleEvent)) };
  return Object.fromEntries(await forEachTenant(repo, () => scheduled(event, context)));
}

/** A schedule's run for the tenant in scope. */
export async function scheduled(event: ScheduleEvent, context?: Context) {
  if (event.kind === 'reminders') return remind(event);
  if (event.kind === 'catch-up' || event.kind === 'backfill') return hourly();
  const { repo, now } = getDeps();
  // The schedule fires on days 1–7; the report goes out from the first working day on (sent once:
  // the later days find it sent and skip, or find it failed and try again).
  const today = berlinToday(now());
  const month = event.month ?? previousMonth(now());
  if (!event.month && today < reportDay(month)) {
    logger.info('monthly report: before the first working day', { today });
    return { outcome: 'skipped', reason: 'before the first working day' };
  }
  const [{ runMonthlyReport }, { createTransport }] = await Promise.all([import('./monthly.ts'), mail()]);
  const result = await runMonthlyReport(repo, { month, actor: 'system:schedule', now, transport: createTransport(), extraRecipients: extraRecipients() });
  // Counts, not addresses: logs are kept longer and read more widely than the report item.
  const { recipients, ...outcome } = result.cityWide;
  logger.info('monthly report', { ...outcome, recipientCount: recipients?.length ?? 0, personal: result.personal.map((p) => p.outcome) });
  // A failed send must fail the invocation, so the scheduler retries (and the DLQ catches the rest).
  const failed = [result.cityWide, ...result.personal].filter((r) => r.outcome === 'failed');
  if (failed.length) throw new Error(`report ${result.cityWide.month}: ${failed.length} message(s) not sent: ${failed[0].reason}`);
  return { outcome: result.cityWide.outcome, ...result };
}

/**
 * Hourly: projection items for records older than their access pattern (shared/db/backfill.ts),
 * then what a missed schedule left undone (catchUp.ts), then the retention of residents' contact
 * data (90 days after an idea is closed, shared/db/ideaStore.ts; after an activity, signUpRetention.ts;
 * after a room booking's last day, roomRetention.ts).
 */
async function hourly() {
  const { repo, now } = getDeps();
  const [{ runBackfills }, { catchUp }, { createTransport }] = await Promise.all([import('../../shared/db/backfill.ts'), import('./catchUp.ts'), mail()]);
  const outcomes = await runBackfills(repo, now);
  const ran = outcomes.filter((o) => o.ran);
  if (ran.length) logger.info('backfill', { outcomes: ran });
  const caughtUp = await catchUp(repo, { actor: 'system:catch-up', now, transport: createTransport(), extraRecipients: extraRecipients() });
  if (caughtUp.metrics.length || caughtUp.report || caughtUp.councilReports) logger.info('catch-up', { ...caughtUp });
  const [{ purgeExpiredContacts }, { anonymiseOldSignUps }, { anonymiseOldRoomBookings }] = await Promise.all([import('../../shared/db/ideaStore.ts'), import('./signUpRetention.ts'), import('./roomRetention.ts')]);
  const contactsDeleted = await purgeExpiredContacts(repo, now());
  const signUpsAnonymised = await anonymiseOldSignUps(repo, now());
  const roomBookingsAnonymised = await anonymiseOldRoomBookings(repo, now());
  if (contactsDeleted.length || signUpsAnonymised.length || roomBookingsAnonymised.length) logger.info('retention', { contactsDeleted, signUpsAnonymised, roomBookingsAnonymised });
  return { backfills: outcomes, caughtUp, contactsDeleted, signUpsAnonymised, roomBookingsAnonymised };
}

/** The daily reminder run: does something only in the days before the report (reminders.ts). */
async function remind(event: ScheduleEvent) {
  const { repo, now } = getDeps();
  const day = event.day ?? berlinToday(now());
  const [{ runReminders }, { createTransport }] = await Promise.all([import('./reminders.ts'), mail()]);
  const run = await runReminders(repo, { day, actor: 'system:schedule', now, transport: createTransport(), secret: await linkSecret(), baseUrl: publicUrl() });
  logger.info('reminders', { day, month: run.month, digests: run.digests.length, outcomes: run.digests.map((d) => d.outcome) });
  const [{ remindSignUps }, { remindRoomBookings }, { sendCouncilReports }] = await Promise.all([import('./signUpReminders.ts'), import('./roomReminders.ts'), import('./councilReports.ts')]);
  const signUps = await remindSignUps(repo, { day, actor: 'system:schedule', now, transport: createTransport(), baseUrl: publicUrl() });
  if (signUps.length) logger.info('sign-up reminders', { day, sent: signUps.filter((s) => s.outcome === 'sent').length });
  const rooms = await remindRoomBookings(repo, { day, actor: 'system:schedule', now, transport: createTransport(), baseUrl: publicUrl() });
  if (rooms.length) logger.info('room reminders', { day, sent: rooms.filter((s) => s.outcome === 'sent').length });
  // The district reports due before a council's session (also made up hourly by the catch-up).
  const councilReports = await sendCouncilReports(repo, { actor: 'system:schedule', now, transport: createTransport() });
  if (councilReports.length) logger.info('council reports', { outcomes: councilReports });
  const failed = [...run.digests, ...signUps, ...rooms, ...councilReports].filter((d) => d.outcome === 'failed');
  if (failed.length) throw new Error(`reminders ${day}: ${failed.length} e-mail(s) not sent`);
  return { ...run, signUps, rooms, councilReports };
}

/** An API Gateway event has an `httpMethod`; anything else (also an empty invocation) is a schedule's. */
const isHttp = (event: ReportsEvent | null | undefined): event is APIGatewayProxyEvent => !!(event as Partial<APIGatewayProxyEvent> | null | undefined)?.httpMethod;

export const handler = async (event: ReportsEvent | null | undefined, context: Context) => (isHttp(event) ? http(event, context) : scheduledForAllTenants(event ?? {}, context));
