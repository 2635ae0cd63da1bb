/**
 * Data-subject requests (GDPR Art. 15, 16, 17): an admin names one e-mail address or phone number and
 * gets every record holding it, an export of what is stored (JSON, and a German HTML summary), or its
 * erasure everywhere in one audited action.
 *
 * Finding: the records pattern 30 lists under the value's hash (projection items written with each
 * record, shared/db/keys.ts); for a type whose backfill (21) has not finished yet, its collection (2)
 * is read instead, so nothing older than the pattern is missed. No Scan.
 *
 * Erasing, per type, each through the repository at the version read, audited with the admin as actor
 * (personal fields appear there as `[redacted]`):
 * - organisation, centre, offer: the `contact` holding the value loses name, e-mail and phone (its
 *   website stays; an empty contact is removed);
 * - network: the contact person (`contacts[]`) holding it is removed;
 * - sign-up: name and e-mail removed, `anonymised` (the sign-up, its places and attendance stay counted);
 * - an idea's contact item: deleted with the idea's audited update (`hasContact: false`; ideaStore);
 * - report settings: the address leaves `extraRecipients`;
 * - user (a staff account): listed, never deleted here: an admin removes it under Benutzer (account and
 *   record together, shared/identity), which keeps the lockout rules.
 * Then old audit entries of those records that still copy the value are redacted (6), and the public
 * catalogue's stored snapshot is dropped when an offer, organisation or centre changed, so no copy
 * keeps the old contact (the next public request builds it again). The request itself is audited with
 * the value's hash only.
 */
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { ulid } from 'ulid';
import { dropCatalogueSnapshot } from '../../shared/db/catalogueStore.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import { dropOrphanIdeaContact, IDEA_CONTACT_SUBJECT_FIELDS, ideaContact, removeIdeaContact } from '../../shared/db/ideaStore.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { auditSubjectRequest, redactAuditTrail, redactImportRows, redactReportRecipients, subjectRefs, type SubjectRef } from '../../shared/db/subjectStore.ts';
import { isSubject, normalise, subjectHash, subjectsOf, type Subject, type SubjectKind } from '../../shared/domain/subjects.ts';
import { entities, type EntityDef, type EntityType, type Item } from '../../shared/entities.ts';
import { escapeHtml } from '../../shared/format/html.ts';
import { longDateDe } from '../../shared/time/months.ts';
import { problems } from '../http/problem.ts';
import type * as z from 'zod';
import type { DataSubjectFinding } from '../../shared/contract/routes/system.ts';

/** A record holding the subject, as the routes answer it (shared/contract/routes/system.ts, the one shape). */
export type Finding = z.infer<typeof DataSubjectFinding>;
export type Erasure = Finding['erasure'];

/** A finding with the record it was found in (and, for an idea's contact item, the contact). */
interface Found extends Finding {
  record: Item;
  contact?: Item;
}

const IDEA_CONTACT = 'ideaContact';
const SUBJECT_TYPES = (Object.values(entities) as EntityDef[]).filter((d) => d.subjectFields?.length);

const ERASURE: Partial<Record<EntityType, Erasure>> = {
  organisation: 'remove-contact',
  centre: 'remove-contact',
  offer: 'remove-contact',
  network: 'remove-network-contact',
  signUp: 'anonymise',
  // A room request keeps its times and kind of booker for the counts; name, e-mail and phone go.
  roomBooking: 'remove-contact',
  reportSettings: 'remove-recipient',
  user: 'manual',
};

const TYPE_DE: Record<string, string> = {
  organisation: 'Träger',
  centre: 'Stadtteilzentrum',
  offer: 'Angebot',
  network: 'Netzwerk',
  signUp: 'Anmeldung',
  roomBooking: 'Raumanfrage',
  reportSettings: 'Berichtsempfänger',
  user: 'Benutzerkonto',
  [IDEA_CONTACT]: 'Kontaktdaten zu einer Idee',
};

const FIELD_DE: Record<string, string> = {
  'contact.email': 'Kontakt: E-Mail',
  'contact.phone': 'Kontakt: Telefon',
  'contacts[].email': 'Kontaktperson: E-Mail',
  'contacts[].phone': 'Kontaktperson: Telefon',
  email: 'E-Mail',
  'extraRecipients[]': 'weitere Empfänger',
};

/** The subject a request names, in its normal form; a value that normalises to nothing is a 400 at its field. */
export function subjectOf(body: { email?: string; phone?: string }): Subject {
  const kind: SubjectKind = body.email !== undefined ? 'email' : 'phone';
  const value = normalise(kind, body[kind]);
  if (!value) throw problems.badRequest('Invalid e-mail address or phone number', [{ pointer: `/body/${kind}`, detail: kind === 'email' ? 'Bitte geben Sie eine gültige E-Mail-Adresse an' : 'Bitte geben Sie eine gültige Telefonnummer an' }]);
  return { kind, value };
}

/** Where the subject sits, by pattern 30, or by a type's collection while its backfill is not finished. */
async function refsOf(repo: Repository, subject: Subject): Promise<SubjectRef[]> {
  const hash = subjectHash(subject);
  const refs = new Map((await subjectRefs(repo, subject)).map((r) => [`${r.entityType}#${r.entityId}`, r]));
  for (const def of SUBJECT_TYPES) {
    if (await repo.backfilled(def, 'subject')) continue;
    for (const record of await repo.listAll(def)) {
      const held = subjectsOf(record, def.subjectFields!).get(hash);
      if (held) refs.set(`${def.type}#${record.id}`, { entityType: def.type, entityId: record.id, fields: held.fields });
    }
  }
  if (!(await repo.backfilled({ type: IDEA_CONTACT }, 'subject')))
    for (const idea of (await repo.listAll(entities.idea)).filter((i) => i.hasContact)) {
      const held = subjectsOf({ contact: await ideaContact(repo, idea.id) }, IDEA_CONTACT_SUBJECT_FIELDS).get(hash);
      if (held) refs.set(`${IDEA_CONTACT}#${idea.id}`, { entityType: IDEA_CONTACT, entityId: idea.id, fields: held.fields });
    }
  return [...refs.values()];
}

/** Every record holding the subject, read now (a reference whose record no longer holds it is left out). */
async function find(repo: Repository, subject: Subject): Promise<Found[]> {
  const refs = await refsOf(repo, subject);
  const hash = subjectHash(subject);
  const out: Found[] = [];
  const byType = new Map<string, SubjectRef[]>();
  for (const r of refs) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r]);
  for (const [type, list] of byType) {
    if (type === IDEA_CONTACT) {
      for (const r of list) {
        const contact = await ideaContact(repo, r.entityId);
        const held = contact && subjectsOf({ contact }, IDEA_CONTACT_SUBJECT_FIELDS).get(hash);
        if (!held) continue;
        const idea = await repo.find(entities.idea, r.entityId);
        out.push({ type, id: r.entityId, label: idea ? `Idee „${shorten(idea.text)}“` : 'Idee (gelöscht)', fields: held.fields, link: `/ideas/${r.entityId}/show`, erasure: 'delete-contact', record: idea ?? { id: r.entityId }, contact });
      }
      continue;
    }
    const def = entities[type as EntityType] as EntityDef | undefined;
    if (!def?.subjectFields) continue;
    const records = await repo.batchGet(def, list.map((r) => r.entityId));
    const activities = type === 'signUp' ? new Map((await repo.batchGet(entities.activity, records.map((s) => s.activityId))).map((a) => [a.id, a])) : undefined;
    for (const record of records) {
      const held = subjectsOf(record, def.subjectFields).get(hash);
      if (!held) continue;
      out.push({ type, id: record.id, label: labelOf(type, record, activities), fields: held.fields, link: linkOf(type, record), erasure: ERASURE[def.type] ?? 'manual', record });
    }
  }
  return out.sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label, 'de'));
}

const shorten = (text: unknown, max = 60) => {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

function labelOf(type: string, r: Item, activities?: Map<string, Item>): string {
  switch (type) {
    case 'offer':
      return `Angebot „${r.title}“`;
    case 'signUp': {
      const a = activities?.get(r.activityId);
      return a ? `Anmeldung zu „${a.title}“ am ${longDateDe(a.date)}` : 'Anmeldung zu einer Aktivität';
    }
    case 'roomBooking':
      return `Raumanfrage „${shorten(r.purpose)}“ für den ${longDateDe(r.date)}`;
    case 'reportSettings':
      return 'Weitere Empfänger des Zielberichts';
    case 'user':
      return `Benutzerkonto ${r.name}`;
    default:
      return `${TYPE_DE[type] ?? type} „${r.name}“`;
  }
}

function linkOf(type: string, r: Item): string {
  if (type === 'signUp') return `/activities/${r.activityId}/show`;
  if (type === 'reportSettings') return `/report-settings/${r.id}`;
  return `/${entities[type as EntityType].resource}/${r.id}/show`;
}

const finding = ({ record: _r, contact: _c, ...f }: Found): Finding => f;

export async function searchSubject(repo: Repository, subject: Subject) {
  return { kind: subject.kind, findings: (await find(repo, subject)).map(finding) };
}

/** What a record stores of the person (Art. 15): the parts holding the value, and what belongs to them. */
function dataOf(f: Found, subject: Subject): Item {
  const r = f.record;
  switch (f.type) {
    case IDEA_CONTACT:
      return { contact: f.contact, idea: { text: r.text, status: r.status, createdAt: r.createdAt } };
    case 'network':
      return { network: r.name, contacts: (r.contacts ?? []).filter((c: Item) => isSubject(c.email, subject) || isSubject(c.phone, subject)) };
    case 'signUp':
      return { name: r.name, email: r.email, guests: r.guests, status: r.status, attended: r.attended, createdAt: r.createdAt, confirmedAt: r.confirmedAt, activityId: r.activityId };
    case 'roomBooking':
      return { purpose: r.purpose, date: r.date, startTime: r.startTime, endTime: r.endTime, status: r.status, contact: r.contact, createdAt: r.createdAt };
    case 'reportSettings':
      return { extraRecipients: (r.extraRecipients ?? []).filter((e: string) => isSubject(e, subject)) };
    case 'user':
      // The public contact data and the consent to show it (issue 33) are the person's too.
      return {
        name: r.name, email: r.email, active: r.active, roles: (r.assignments ?? []).map((a: Item) => a.role), createdAt: r.createdAt,
        ...(r.publicContact ? { publicContact: r.publicContact } : {}), ...(r.publicConsent ? { publicConsent: r.publicConsent } : {}),
      };
    default:
      return { [f.type === 'offer' ? 'title' : 'name']: f.type === 'offer' ? r.title : r.name, contact: r.contact };
  }
}

/** The export (Art. 15): every record and what it holds of the person; audited with the value's hash only. */
export async function exportSubject(repo: Repository, subject: Subject, actor: string, now: Date) {
  const found = await find(repo, subject);
  await auditSubjectRequest(repo, { id: ulid(), action: 'create', actor, at: now.toISOString(), changes: { request: { to: 'export' }, subject: { to: `sha256:${subjectHash(subject)}` }, records: { to: found.length } } });
  return { generatedAt: now.toISOString(), subject: { kind: subject.kind, value: subject.value }, records: found.map((f) => ({ ...finding(f), data: dataOf(f, subject) })) };
}

/** The export as a German page to hand to the person (Auskunft nach Art. 15 DSGVO). */
export function summaryHtml(exported: Awaited<ReturnType<typeof exportSubject>>): string {
  const kind = exported.subject.kind === 'email' ? 'E-Mail-Adresse' : 'Telefonnummer';
  const rows = exported.records
    .map(
      (r) => `<section><h2>${escapeHtml(r.label)}</h2>
<p>Art: ${escapeHtml(TYPE_DE[r.type] ?? r.type)} · gespeichert in: ${escapeHtml(r.fields.map((f) => FIELD_DE[f] ?? f).join(', '))}</p>
${dataTable(r.data)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Auskunft nach Art. 15 DSGVO</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}h2{font-size:1.1rem;margin-top:2rem}</style></head>
<body><h1>Auskunft nach Art. 15 DSGVO</h1>
<p>${escapeHtml(tenantFacts().name)}, Stadtteilarbeit. Erstellt am ${escapeHtml(longDateDe(exported.generatedAt))} für die ${kind} <strong>${escapeHtml(exported.subject.value)}</strong>.</p>
<p>${exported.records.length === 0 ? 'Zu dieser Angabe sind keine Daten gespeichert.' : `Diese Angabe ist in ${exported.records.length} ${exported.records.length === 1 ? 'Datensatz' : 'Datensätzen'} gespeichert:`}</p>
${rows}
<p>Sie können die Berichtigung (Art. 16 DSGVO) oder die Löschung (Art. 17 DSGVO) dieser Daten verlangen.</p>
</body></html>`;
}

function dataTable(data: Item): string {
  const cell = (v: unknown): string =>
    v === undefined || v === null ? '–' : Array.isArray(v) ? v.map(cell).join('<br>') : typeof v === 'object' ? dataTable(v as Item) : escapeHtml(String(v));
  const rows = Object.entries(data).filter(([, v]) => v !== undefined);
  return `<table>${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${cell(v)}</td></tr>`).join('')}</table>`;
}

/** The change that erases the subject from one record (undefined: nothing to change). */
function erased(f: Found, subject: Subject): Item | undefined {
  const r = f.record;
  const holdsValue = (c: Item | undefined) => !!c && (isSubject(c.email, subject) || isSubject(c.phone, subject));
  switch (f.erasure) {
    case 'remove-contact': {
      if (!holdsValue(r.contact)) return undefined;
      const { name: _n, email: _e, phone: _p, ...rest } = r.contact as Item;
      return { ...r, contact: Object.keys(rest).length ? rest : undefined };
    }
    case 'remove-network-contact':
      return { ...r, contacts: (r.contacts ?? []).filter((c: Item) => !holdsValue(c)) };
    case 'anonymise':
      return { ...r, name: undefined, email: undefined, anonymised: true };
    case 'remove-recipient':
      return { ...r, extraRecipients: (r.extraRecipients ?? []).filter((e: string) => !isSubject(e, subject)) };
    default:
      return undefined;
  }
}

/** Up to this many attempts per record when someone changes it meanwhile (each re-reads it). */
const ATTEMPTS = 3;

/** Erasure (Art. 17) in one action: see the module's comment for what happens per type. */
export async function eraseSubject(repo: Repository, subject: Subject, actor: string, now: Date) {
  const done: Finding[] = [];
  const manual: Finding[] = [];
  let auditEntriesRedacted = 0;
  let catalogue = false;
  for (let attempt = 1; ; attempt++) {
    const pending = (await find(repo, subject)).filter((f) => !done.some((d) => d.type === f.type && d.id === f.id));
    let conflicts = 0;
    for (const f of pending) {
      if (f.erasure === 'manual') {
        if (!manual.some((m) => m.id === f.id && m.type === f.type)) manual.push(finding(f));
        continue;
      }
      try {
        if (f.type === IDEA_CONTACT) {
          if (f.record.version) await removeIdeaContact(repo, f.record as any, actor);
          else await dropOrphanIdeaContact(repo, f.id);
        } else {
          const next = erased(f, subject);
          if (next) await repo.update(entities[f.type as EntityType] as EntityDef, f.id, next, f.record.version, { actor, current: f.record });
        }
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt === ATTEMPTS) throw err;
        conflicts++;
        continue;
      }
      done.push(finding(f));
      if (['offer', 'organisation', 'centre'].includes(f.type)) catalogue = true;
      auditEntriesRedacted += await redactAuditTrail(repo, f.type === IDEA_CONTACT ? 'idea' : f.type, f.id, subject);
    }
    if (!conflicts) break;
  }
  const catalogueSnapshotDropped = catalogue && (await dropCatalogueSnapshot(repo)) > 0;
  // The monthly reports keep the addresses they were sent to (further recipients may be outsiders).
  const reportsRedacted = await redactReportRecipients(repo, subject);
  // An import's preview keeps the file's cells until it runs.
  const importRowsRedacted = await redactImportRows(repo, subject);
  await auditSubjectRequest(repo, {
    id: ulid(),
    action: 'delete',
    actor,
    at: now.toISOString(),
    changes: { request: { to: 'erase' }, subject: { to: `sha256:${subjectHash(subject)}` }, records: { to: done.length }, manual: { to: manual.length }, auditEntriesRedacted: { to: auditEntriesRedacted }, reportsRedacted: { to: reportsRedacted }, importRowsRedacted: { to: importRowsRedacted } },
  });
  return { kind: subject.kind, erased: done, manual, auditEntriesRedacted, reportsRedacted, importRowsRedacted, catalogueSnapshotDropped };
}
