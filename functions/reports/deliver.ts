/**
 * Delivery of the monthly report, exactly once per report and recipient (sendOnce.ts):
 * - the city-wide report to the users of the roles the admin chose (`cityWideRoles`, default
 *   leadership) and the extra recipients, as one message with everyone in Bcc (pattern 11);
 * - to each user of an `ownSpacesRoles` role (default coordination), the same report filtered to
 *   the social spaces of that role, as a personal message (pattern 17).
 * Both come from one read of the data (compute.ts).
 */
import { mailFrom, type MailTransport } from '../mail/mailer.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { reportDelivery } from '../../shared/db/reportStore.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities, type Item } from '../../shared/entities.ts';
import type { ReportSettings } from '../../shared/schemas/reportSettings.ts';
import { REPORT_SETTINGS_ID } from '../../shared/schemas/values.ts';
import { settingsSchemas } from './settings.ts';
import type { Role } from '../../shared/schemas/user.ts';
import { loadReportInputs, reportFrom, type ReportData, type ReportInputs } from './compute.ts';
import { renderCsv, renderHtml, renderText } from './render.ts';
import { monthLabel } from '../../shared/time/months.ts';
import { sendOnce } from './sendOnce.ts';
import { now as clockNow } from '../../shared/time/clock.ts';

export interface DeliveryResult {
  month: string;
  outcome: 'sent' | 'skipped' | 'failed';
  reason?: string;
  messageId?: string;
  recipients?: string[];
}

export interface DeliveryOptions {
  month: string;
  force?: boolean;
  actor: string;
  now?: () => Date;
  transport: MailTransport;
  from?: string;
  extraRecipients?: string[];
  /** The data, when the caller loaded it already (the schedule loads it once for every report). */
  inputs?: ReportInputs;
}

type Settings = Pick<ReportSettings, 'extraRecipients' | 'cityWideRoles' | 'ownSpacesRoles'>;
async function settingsOf(repo: Repository): Promise<Settings> {
  // Settings saved before a field existed take its default.
  return { ...(await settingsSchemas()).DEFAULT_REPORT_SETTINGS, ...(await repo.find(entities.reportSettings, REPORT_SETTINGS_ID)) };
}

/** Active users who hold one of `roles` and have not switched the report off. */
function usersWith(users: Item[], roles: Role[]): Item[] {
  return users.filter((u) => u.active !== false && u.receivesReport !== false && u.assignments?.some((a: Item) => roles.includes(a.role)));
}

/** Users of the city-wide roles, the admin-managed list, and the deployment's fixed list. */
export async function recipientsFor(repo: Repository, extra: string[] = []): Promise<string[]> {
  const [users, settings] = await Promise.all([repo.listAll(entities.user), settingsOf(repo)]);
  const all = [...usersWith(users, settings.cityWideRoles).map((u) => u.email), ...extra, ...settings.extraRecipients].map((e) => e.trim().toLowerCase()).filter(Boolean);
  return [...new Set(all)].sort();
}

const reportMail = (data: ReportData, html: string) => ({
  subject: `Zielbericht Stadtteilarbeit – ${monthLabel(data.month)}${data.socialSpaceIds ? ' – Ihre Sozialräume' : ''}`,
  text: renderText(data),
  html,
  attachments: [{ filename: `zielbericht-${data.month}.csv`, content: '\ufeff' + renderCsv(data), contentType: 'text/csv; charset=utf-8' }],
});

/** The city-wide report, once per month (`force` sends it again). */
export async function deliverReport(repo: Repository, opts: DeliveryOptions): Promise<DeliveryResult> {
  const now = opts.now ?? clockNow;
  const { month } = opts;
  const data = reportFrom(opts.inputs ?? (await loadReportInputs(repo, month)), now());
  const recipients = await recipientsFor(repo, opts.extraRecipients);
  if (!recipients.length) return { month, outcome: 'skipped', reason: 'no recipients' };
  const html = renderHtml(data);
  const from = mailFrom(opts.from);
  const result = await sendOnce(repo, reportDelivery(month, { recipients, snapshot: data, html }), { actor: opts.actor, now, force: opts.force }, () =>
    // One message, every recipient in Bcc: nobody sees who else receives the report.
    opts.transport.sendMail({ from, to: from, bcc: recipients, ...reportMail(data, html) }),
  );
  return { month, ...result, recipients };
}

export interface PersonalResult {
  userId: string;
  socialSpaceIds: string[];
  outcome: 'sent' | 'skipped' | 'failed';
  reason?: string;
}

/**
 * The report of their own social spaces to each user of an `ownSpacesRoles` role, once per month
 * and user. Users who receive the city-wide report anyway get no second one.
 */
export async function deliverPersonalReports(repo: Repository, opts: DeliveryOptions): Promise<PersonalResult[]> {
  const now = opts.now ?? clockNow;
  const [users, settings] = await Promise.all([repo.listAll(entities.user), settingsOf(repo)]);
  const cityWide = new Set(usersWith(users, settings.cityWideRoles).map((u) => u.id));
  const inputs = opts.inputs ?? (await loadReportInputs(repo, opts.month));
  const out: PersonalResult[] = [];
  for (const user of usersWith(users, settings.ownSpacesRoles)) {
    if (cityWide.has(user.id)) continue;
    const socialSpaceIds = [...new Set<string>(user.assignments.filter((a: Item) => settings.ownSpacesRoles.includes(a.role)).flatMap((a: Item) => a.socialSpaceIds ?? []))].sort();
    if (!socialSpaceIds.length) continue;
    const data = reportFrom(inputs, now(), socialSpaceIds);
    const delivery = { key: keys.delivery('report', opts.month, `user:${user.id}`), audit: { entityType: 'delivery', entityId: `report:${opts.month}:user:${user.id}` }, fields: { socialSpaceIds } };
    const result = await sendOnce(repo, delivery, { actor: opts.actor, now, force: opts.force }, () =>
      opts.transport.sendMail({ from: mailFrom(opts.from), to: user.email, ...reportMail(data, renderHtml(data)) }),
    );
    out.push({ userId: user.id, socialSpaceIds, ...result });
  }
  return out;
}
