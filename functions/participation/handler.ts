/**
 * Residents take part: ideas and needs from the quarter, sent from the finder without an account,
 * released and answered by the staff of the social space, and taken up as a need; and surveys
 * (./surveys.ts), sign-ups for activities with double opt-in and a waiting list (./signUps.ts), and
 * the centres' rooms with their requests, approvals and day locks (./roomBookings.ts) and a room's week (./roomWeek.ts).
 * Trigger: API Gateway REST routes of group `participation` (shared/contract/routes/participation.ts).
 * Access patterns: 1, 3 (the ideas of a social space), 5 (used challenges, "me too" votes, the status
 * key's hash), 27 (contact data), 28 (a client's submissions of the day); needs (1) on take-up.
 */
import { ulid } from 'ulid';
import { ConflictError } from '../../shared/db/errors.ts';
import { addMeToo, ideaContact, removeIdeaContact, submitIdea } from '../../shared/db/ideaStore.ts';
import { entities, type EntityDef, type Item } from '../../shared/entities.ts';
import { assign } from '../../shared/geo/areas.ts';
import type { Idea, PublicIdeaView } from '../../shared/schemas/idea.ts';
import { CLOSED_IDEA_STATUSES } from '../../shared/schemas/values.ts';
import { berlinToday, monthOf } from '../../shared/time/months.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import { pageReply, parseListParams } from '../http/listing.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call } from '../http/types.ts';
import { httpFunction } from '../http/wrapper.ts';
import { randomBytes } from 'node:crypto';
import { acceptSubmission, newChallenge, refuseReusedChallenge, sha256 } from './abuse.ts';
import { ideaReceivedMail } from '../../shared/format/ideaMail.ts';
import { publicUrl } from '../../shared/runtimeConfig.ts';
import { logger } from '../http/logger.ts';
import { mailFrom, transportOf } from '../mail/mailer.ts';
import { roomBookingImpls } from './roomBookings.ts';
import { roomRequestImpls } from './roomRequests.ts';
import { withIdempotency } from '../http/idempotency.ts';
import { roomWeekImpls } from './roomWeek.ts';
import { signUpImpls } from './signUps.ts';
import { surveyImpls } from './surveys.ts';

const def = entities.idea;

/** What residents see of an idea; a merged duplicate shows where its original stands. */
function publicView(idea: Idea, original?: Idea): PublicIdeaView {
  const shown = original ?? idea;
  return {
    id: idea.id, socialSpaceId: idea.socialSpaceId, quarterId: idea.quarterId, text: idea.text, theme: idea.theme, targetGroups: idea.targetGroups,
    status: shown.status, answer: shown.answer, meToo: shown.meToo ?? 0, createdAt: idea.createdAt,
  };
}

async function statusView(call: Call, idea: Idea) {
  const original = idea.duplicateOf ? await call.deps.repo.find(def, idea.duplicateOf) : undefined;
  return { ...publicView(idea, original), moderation: idea.moderation, rejectionReason: idea.rejectionReason, hasContact: idea.hasContact };
}

async function byStatusKey(call: Call): Promise<Idea> {
  const idea = await call.deps.repo.findByUnique(def, { statusKeyHash: sha256(call.params.key) });
  if (!idea) throw problems.notFound('No idea for this link');
  return idea;
}

/** The social space (and quarter) of a submission: chosen, or from the point placed on the map. */
async function placeOf(call: Call): Promise<{ socialSpaceId: string; quarterId?: string }> {
  const { socialSpaceId, quarterId, location } = call.body;
  const fromMap = location ? await assign(call.deps.repo, location, berlinToday(call.deps.now())) : undefined;
  const quarter = quarterId ?? fromMap?.quarterId;
  const space = quarter ? (await call.deps.repo.find(entities.quarter, quarter))?.socialSpaceId : socialSpaceId ?? fromMap?.socialSpaceId;
  if (quarter && !space) throw problems.badRequest('Unknown quarter', [{ pointer: '/body/quarterId', detail: 'Dieses Quartier kennen wir nicht.' }]);
  if (!space) throw problems.badRequest('Where is it about?', [{ pointer: '/body/socialSpaceId', detail: 'Bitte wählen Sie einen Sozialraum oder ein Quartier, oder setzen Sie einen Punkt auf der Karte.' }]);
  if (socialSpaceId && socialSpaceId !== space) throw problems.badRequest('Quarter and social space differ', [{ pointer: '/body/quarterId', detail: 'Das Quartier liegt nicht im gewählten Sozialraum.' }]);
  if (!quarter && !(await call.deps.repo.find(entities.socialSpace, space))) throw problems.badRequest('Unknown social space', [{ pointer: '/body/socialSpaceId', detail: 'Diesen Sozialraum kennen wir nicht.' }]);
  return { socialSpaceId: space, ...(quarter ? { quarterId: quarter } : {}) };
}

/** Staff's changes move the idea's server-owned dates: first answer, and closing (retention counts from it). */
function datesOf(call: Call, data: Item): Item {
  const stored = call.current;
  const at = call.deps.now().toISOString();
  const answered = data.answer || data.status !== 'received' || data.moderation !== 'pending';
  const closed = (CLOSED_IDEA_STATUSES as readonly string[]).includes(data.status);
  const answeredAt = stored?.answeredAt ?? (answered ? at : undefined);
  // Undefined removes the field: a reopened idea loses its closing date.
  return {
    ...(answeredAt ? { answeredAt } : {}),
    closedAt: closed ? stored?.closedAt ?? at : undefined,
    ...(stored ? {} : { meToo: 0, hasContact: false }),
  };
}

/** An idea that may still be taken up, at the version the request read. */
function takeable(call: Call): Idea {
  const idea = call.current as Idea;
  if (idea.version !== call.body.version) throw new ConflictError(`idea '${idea.id}' is at version ${idea.version}`, 'stale-version', idea.version);
  if (idea.needId || idea.measureId) throw conflict('Already taken up', 'Dieses Anliegen ist schon in die Arbeit aufgenommen.');
  if (idea.moderation === 'rejected' || idea.duplicateOf) throw conflict('Rejected or merged', 'Ein abgelehntes oder zusammengeführtes Anliegen kann nicht aufgenommen werden.');
  return idea;
}

/** The idea's words as a title: whole words, at most 120 characters. */
function titleOf(idea: Idea): string {
  if (idea.text.length <= 120) return idea.text;
  const cut = idea.text.lastIndexOf(' ', 117);
  return `${idea.text.slice(0, cut > 40 ? cut : 117)} …`;
}

/**
 * Creates the record the idea becomes (a need, a measure), then marks the idea taken up at the version
 * read, pointing at it. If the idea changed meanwhile, the new record goes again: nothing twice.
 */
async function takeUp(call: Call, idea: Idea, link: 'needId' | 'measureId', target: EntityDef, data: Item): Promise<Item> {
  const { repo } = call.deps;
  const created = await repo.create(target, data, { id: ulid(), actor: call.actor });
  try {
    await repo.update(def, idea.id, { ...idea, status: 'taken-up', [link]: created.id, answeredAt: idea.answeredAt ?? call.deps.now().toISOString() }, idea.version, { actor: call.actor, current: idea });
  } catch (err) {
    await repo.delete(target, created.id, created.version, { actor: call.actor }).catch(() => undefined);
    throw err;
  }
  return created;
}

const conflict = (detail: string, german: string) =>
  new HttpProblem(409, 'Conflict', detail, { type: 'https://hamm.example/problems/idea-state', errors: [{ pointer: '/body', detail: german }] });

export const handler = httpFunction(() => import('../../shared/contract/routes/participation.ts'), {
  getChallenge: async (call) => ({ body: await newChallenge(call.deps.now()), headers: { 'Cache-Control': 'no-store' } }),

  submitIdea: async (call) => {
    const { text, theme, targetGroups, contact, consent } = call.body;
    const submission = await acceptSubmission(call);
    const given = contact && Object.values(contact).some(Boolean) ? contact : undefined;
    if (given && consent !== true) throw problems.badRequest('Consent is missing', [{ pointer: '/body/consent', detail: 'Bitte stimmen Sie zu, dass wir Ihre Kontaktdaten für die Antwort speichern, oder lassen Sie die Kontaktfelder leer.' }]);
    const place = await placeOf(call);
    const statusKey = randomBytes(24).toString('base64url');
    const idea = await submitIdea(call.deps.repo, {
      idea: { ...place, ...(call.body.location ? { location: call.body.location } : {}), text, theme, targetGroups, moderation: 'pending', status: 'received' },
      contact: given,
      statusKeyHash: sha256(statusKey),
      ...submission,
    }).catch(refuseReusedChallenge);
    // The link is on the page once; with an address given, it is kept in an e-mail too. A failed
    // e-mail does not undo the idea (the page showed the link), it is logged.
    if (given?.email) {
      const to = given.email;
      await (async () => transportOf(call.deps).sendMail({ from: mailFrom(), to, ...ideaReceivedMail({ statusUrl: `${publicUrl()}/angebote/?seite=status&key=${statusKey}`, name: given.name }) }))()
        .catch((err) => logger.warn('status link e-mail not sent', { ideaId: idea.id, error: String(err) }));
    }
    return { status: 201, body: { id: idea.id, statusKey, status: idea.status } };
  },

  listPublicIdeas: async (call) => {
    const { range } = parseListParams({ range: call.query.range });
    const ideas = await call.deps.repo.listAll(def, { parentId: call.query.socialSpaceId });
    const released = ideas.filter((i) => i.moderation === 'released' && !i.duplicateOf).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return pageReply('ideas', released.map((i) => publicView(i)), range);
  },

  addMeToo: async (call) => {
    const counted = await addMeToo(call.deps.repo, call.params.id, sha256(call.body.device)).catch((err) => {
      if (err?.status === 404) throw problems.notFound(`No released idea '${call.params.id}'`);
      throw err;
    });
    const idea = await call.deps.repo.get(def, call.params.id);
    return { body: { meToo: idea.meToo ?? 0, counted } };
  },

  getIdeaStatus: async (call) => ({ body: await statusView(call, await byStatusKey(call)), headers: { 'Cache-Control': 'no-store' } }),

  deleteIdeaContact: async (call) => {
    const idea = await removeIdeaContact(call.deps.repo, await byStatusKey(call), 'anonymous:status-link');
    return { body: await statusView(call, idea) };
  },

  ...crudImpls(def, { validate: placesWithinSpaces, derive: async (call, data) => datesOf(call, data) }),
  ...surveyImpls,
  ...signUpImpls,
  ...roomBookingImpls,
  ...roomRequestImpls,
  ...roomWeekImpls,

  getIdeaContact: async (call) => {
    const contact = await ideaContact(call.deps.repo, call.params.id);
    if (!contact) throw problems.notFound('No contact data: none was given, or it has been deleted');
    return { body: contact };
  },

  takeUpIdea: async (call) => {
    const idea = takeable(call);
    const need = await takeUp(call, idea, 'needId', entities.need, {
      socialSpaceId: idea.socialSpaceId, quarterIds: idea.quarterId ? [idea.quarterId] : [], title: titleOf(idea), theme: idea.theme,
      targetGroups: idea.targetGroups.length ? idea.targetGroups : ['everyone'], description: idea.text,
      evidence: ['resident-participation'], priority: 2, status: 'open', ideaId: idea.id,
    });
    return { status: 201, body: need };
  },

  takeUpIdeaAsMeasure: async (call) => {
    const idea = takeable(call);
    const now = call.deps.now();
    const year = Number(berlinToday(now).slice(0, 4));
    const plan = await call.deps.repo.findByUnique(entities.workPlan, { socialSpaceId: idea.socialSpaceId, year });
    if (!plan) throw conflict(`No work plan ${year} for social space '${idea.socialSpaceId}'`, `Für ${year} gibt es in diesem Sozialraum noch keinen Arbeitsplan.`);
    const measure = await takeUp(call, idea, 'measureId', entities.measure, {
      workPlanId: plan.id, socialSpaceId: idea.socialSpaceId, title: titleOf(idea), description: idea.text, plannedFrom: monthOf(now), plannedTo: `${year}-12`,
      targetGroups: idea.targetGroups, status: 'planned', needIds: [], goalIds: [], indicatorIds: [],
    });
    return { status: 201, body: measure };
  },
}, { idempotency: withIdempotency });
