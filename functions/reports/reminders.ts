/**
 * Reminders before the monthly report: one digest e-mail per recipient and month, from five days
 * before the report day (the first working day of the next month) until it. The daily schedule
 * calls `runReminders`; a day outside the window does nothing, and a recipient who already has
 * this month's digest gets none (sendOnce.ts, pattern 17).
 *
 * What a digest holds, each only where the recipient may read it:
 * - missing values: to the users of the indicator's responsible role in that social space
 *   (computed indicators are the system's task; partner indicators are the partners');
 * - missing contributions to a partner indicator: to the organisation's contact e-mail;
 * - stale offers (not reviewed for six months by the report day), each with a "still current"
 *   link: to neighbourhood management of the offer's spaces, and to the offer's contact e-mail
 *   when a partner organisation runs it;
 * - open agreements due within a week of the report day (or overdue): to their owner, else to
 *   coordination and neighbourhood management of the meeting's spaces;
 * - work-plan reviews: mid-year in June and July, year-end in November and December, to
 *   coordination and neighbourhood management of the plan's space.
 * Users can switch each kind off (`remindersOff`, their own settings).
 */
import { createHash } from 'node:crypto';
import type { MailTransport } from '../mail/mailer.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { keys } from '../../shared/db/keys.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { berlinDayStart, longDateDe, previousMonth } from '../../shared/time/months.ts';
import { isStale } from '../../shared/domain/offerReview.ts';
import { signOfferLink } from '../../shared/domain/offerLink.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import { periodFor, type Frequency } from '../../shared/domain/scorecard.ts';
import type { ReminderKind, Role } from '../../shared/schemas/user.ts';
import { addDays, reportDay } from '../../shared/time/workingDays.ts';
import { loadScorecard } from '../indicators/scorecard.ts';
import { mailFrom } from '../mail/mailer.ts';
import { renderDigest, type Digest } from './reminderMail.ts';
import { sendOnce, type SendOutcome } from './sendOnce.ts';

/** Days before the report day the reminders start. */
export const REMINDER_LEAD_DAYS = 5;
/** Agreements due up to this many days after the report day are reminded. */
const AGREEMENT_HORIZON_DAYS = 7;

/** The month whose report the reminders of `day` prepare, or undefined outside every window. */
export function reminderMonth(day: string): string | undefined {
  const month = day.slice(0, 7);
  for (const closing of [previousMonth(berlinDayStart(`${month}-01`)), month]) {
    const due = reportDay(closing);
    if (day >= addDays(due, -REMINDER_LEAD_DAYS) && day < due) return closing;
  }
  return undefined;
}

export interface ReminderOptions {
  day: string;
  actor: string;
  now: () => Date;
  transport: MailTransport;
  secret: string;
  /** Where "still current" links point (the public address of the API). */
  baseUrl: string;
  from?: string;
}

export interface ReminderRun {
  day: string;
  month?: string;
  digests: { recipient: string; kinds: ReminderKind[]; outcome: SendOutcome['outcome'] }[];
}

const covers = (u: Item, role: Role, space: string) =>
  u.assignments?.some((a: Item) => a.role === role && (role === 'leadership' || role === 'admin' || a.socialSpaceIds?.includes(space)));
const contactKey = (email: string) => `contact:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 24)}`;

export async function runReminders(repo: Repository, opts: ReminderOptions): Promise<ReminderRun> {
  const month = reminderMonth(opts.day);
  if (!month) return { day: opts.day, digests: [] };
  const digests = await collectDigests(repo, month, opts);
  const out: ReminderRun['digests'] = [];
  for (const d of digests.values()) {
    const kinds = (['missing-values', 'stale-offers', 'agreements', 'reviews'] as ReminderKind[]).filter((k) => d.items[k].length);
    if (!kinds.length) continue;
    const mail = renderDigest(d, month);
    const result = await sendOnce(repo, { key: keys.delivery('reminders', month, d.recipient), audit: { entityType: 'delivery', entityId: `reminders:${month}:${d.recipient}` }, fields: { kinds } }, opts, () =>
      opts.transport.sendMail({ from: mailFrom(opts.from), to: d.email, subject: mail.subject, text: mail.text, html: mail.html }),
    );
    out.push({ recipient: d.recipient, kinds, outcome: result.outcome });
  }
  return { day: opts.day, month, digests: out };
}

/** Every recipient's digest for the report of `month`, keyed by recipient (`user:<id>`, `org:<id>`, `contact:<hash>`). */
export async function collectDigests(repo: Repository, month: string, opts: Pick<ReminderOptions, 'now' | 'secret' | 'baseUrl'>): Promise<Map<string, Digest>> {
  const due = reportDay(month);
  const [users, organisations, offers, plans, agreements, networks, scorecard] = await Promise.all([
    repo.listAll(entities.user),
    repo.listAll(entities.organisation),
    repo.listAll(entities.offer),
    repo.listAll(entities.workPlan),
    repo.listOpenAgreements(),
    repo.listAll(entities.network),
    loadScorecard(repo, month),
  ]);
  const active = users.filter((u) => u.active !== false);
  const spaceName = new Map(scorecard.socialSpaces.map((s) => [s.id, s.name]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const digests = new Map<string, Digest>();
  const digestOf = (recipient: string, email: string, name?: string): Digest => {
    let d = digests.get(recipient);
    if (!d) digests.set(recipient, (d = { recipient, email, name, items: { 'missing-values': [], 'stale-offers': [], agreements: [], reviews: [] } }));
    return d;
  };
  /** Adds to each user's digest who holds `role` for `space` and has not switched `kind` off. */
  const toUsers = (roles: Role[], space: string, kind: ReminderKind, line: Digest['items'][ReminderKind][number]) => {
    for (const u of active) if (roles.some((r) => covers(u, r, space)) && !(u.remindersOff ?? []).includes(kind)) digestOf(`user:${u.id}`, u.email, u.name).items[kind].push(line);
  };

  // Missing values of the report's scorecard, for the indicators people enter.
  const indicators = new Map(scorecard.indicators.map((i) => [i.id, i]));
  for (const c of scorecard.cells.filter((x) => x.status === 'missing')) {
    const i = indicators.get(c.indicatorId)!;
    if (i.source === 'computed' || i.source === 'partner') continue;
    toUsers([(i.responsibleRole ?? 'coordination') as Role], c.socialSpaceId, 'missing-values', { text: `${i.name} – ${spaceName.get(c.socialSpaceId)} (${c.period})` });
  }

  // Missing contributions of partner indicators, to the organisation's contact.
  const partnerIndicators = (await repo.listAll(entities.indicator)).filter((i) => i.source === 'partner');
  // Indicators of one frequency share their period: read each period's contributions once.
  const periods = new Map<string, Promise<Item[]>>();
  const contributionsOf = (period: string) => {
    if (!periods.has(period)) periods.set(period, repo.listByPeriod(entities.contribution, period));
    return periods.get(period)!;
  };
  for (const i of partnerIndicators) {
    const period = periodFor(month, i.frequency as Frequency);
    const given = (await contributionsOf(period)).filter((c) => c.indicatorId === i.id);
    for (const r of i.reporters ?? []) {
      const email = orgById.get(r.organisationId)?.contact?.email;
      if (!email) continue;
      for (const space of r.socialSpaceIds)
        if (!given.some((c) => c.organisationId === r.organisationId && c.socialSpaceId === space))
          digestOf(`org:${r.organisationId}`, email, orgById.get(r.organisationId)?.name).items['missing-values'].push({ text: `Meldung: ${i.name} – ${spaceName.get(space) ?? space} (${period})` });
    }
  }

  // Offers not reviewed for six months by the report day, each with its own link.
  const dueInstant = berlinDayStart(due);
  const link = (o: Item) => `${opts.baseUrl}/v1/offer-confirmations/${signOfferLink({ id: o.id, version: o.version }, opts.secret, opts.now(), currentTenant())}`;
  for (const o of offers.filter((x) => x.status === 'published' && isStale(x, dueInstant))) {
    const line = { text: `${o.title} (${(o.socialSpaceIds as string[]).map((s) => spaceName.get(s) ?? s).join(', ')})`, since: o.reviewedAt, link: link(o) };
    for (const space of o.socialSpaceIds as string[]) toUsers(['neighbourhood-management'], space, 'stale-offers', line);
    const org = orgById.get(o.organisationId);
    if (org && org.kind !== 'public' && o.contact?.email) digestOf(contactKey(o.contact.email), o.contact.email, org.name).items['stale-offers'].push({ ...line, link: link(o) });
  }
  // One line per offer in a user's digest, even when the offer serves several of their spaces.
  for (const d of digests.values()) d.items['stale-offers'] = [...new Map(d.items['stale-offers'].map((l) => [l.text, l])).values()];

  // Open agreements due soon or overdue.
  const networkName = new Map(networks.map((n) => [n.id, n.name]));
  const horizon = addDays(due, AGREEMENT_HORIZON_DAYS);
  for (const a of agreements.filter((x: Item) => x.dueDate && x.dueDate <= horizon)) {
    const line = { text: `${a.text} – ${networkName.get(a.networkId) ?? a.networkId}, Sitzung vom ${longDateDe(a.meetingDate)}`, since: a.dueDate };
    const owner = a.ownerUserId && active.find((u) => u.id === a.ownerUserId);
    if (owner) {
      if (!(owner.remindersOff ?? []).includes('agreements')) digestOf(`user:${owner.id}`, owner.email, owner.name).items.agreements.push(line);
    } else for (const space of a.socialSpaceIds as string[]) toUsers(['coordination', 'neighbourhood-management'], space, 'agreements', line);
  }
  for (const d of digests.values()) d.items.agreements = [...new Map(d.items.agreements.map((l) => [l.text, l])).values()];

  // Work-plan reviews in their months.
  const [year, m] = month.split('-').map(Number);
  const stage = m === 6 || m === 7 ? 'mid-year' : m === 11 || m === 12 ? 'year-end' : undefined;
  if (stage)
    for (const p of plans.filter((x) => x.year === year && (stage === 'mid-year' ? x.status === 'agreed' : ['agreed', 'mid-year-reviewed'].includes(x.status))))
      toUsers(['coordination', 'neighbourhood-management'], p.socialSpaceId, 'reviews', { text: `${stage === 'mid-year' ? 'Halbjahresüberprüfung' : 'Jahresabschluss'} des Arbeitsplans ${year} – ${spaceName.get(p.socialSpaceId) ?? p.socialSpaceId}` });

  return digests;
}

