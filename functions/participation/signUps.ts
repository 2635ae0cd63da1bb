/**
 * Sign-ups for activities (Anmeldung): a resident signs up on the finder and confirms by e-mail
 * (double opt-in); only a confirmed sign-up takes places, counted on the activity in the same
 * transaction and never above its capacity (the budget's conditional counter), else it waits on the
 * list and moves up when a place is freed. One unguessable key per sign-up, mailed, manages it.
 * Access patterns: 1, 3 (an activity's sign-ups), 5 (the key's hash; each submission's challenge), 28.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ConflictError } from '../../shared/db/errors.ts';
import { submissionItems } from '../../shared/db/publicSubmissions.ts';
import { entities } from '../../shared/entities.ts';
import { publicUrl } from '../../shared/runtimeConfig.ts';
import type { Activity } from '../../shared/schemas/activity.ts';
import { CONFIRM_HOURS, peopleOf } from '../../shared/domain/signUps.ts';
import type { SignUp } from '../../shared/schemas/signUp.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { crudImpls } from '../http/crud.ts';
import { pageReply, parseListParams } from '../http/listing.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { mailFrom, transportOf } from '../mail/mailer.ts';
import { acceptSubmission, refuseReusedChallenge } from './abuse.ts';
import { sendOrForget } from './confirmationMail.ts';
import { signUpMail, type SignUpMailKind } from '../../shared/format/signUpMail.ts';
import { addressLine } from '../../shared/format/address.ts';

const def = entities.signUp;
const hash = (key: string) => createHash('sha256').update(key).digest('hex');

const conflict = (detail: string, german: string) =>
  new HttpProblem(409, 'Conflict', detail, { type: 'https://hamm.example/problems/sign-up', errors: [{ pointer: '/body', detail: german }] });

/** The activity as residents see it, with the places left. */
async function publicActivity(call: Call, a: Activity) {
  const centre = a.centreId ? await call.deps.repo.find(entities.centre, a.centreId) : undefined;
  const address = centre?.address ? addressLine(centre.address) : undefined;
  return {
    id: a.id, title: a.title, socialSpaceId: a.socialSpaceId, date: a.date, ...(a.endDate ? { endDate: a.endDate } : {}),
    ...(a.startTime ? { startTime: a.startTime } : {}), ...(a.endTime ? { endTime: a.endTime } : {}), ...(a.meetingPoint ? { meetingPoint: a.meetingPoint } : {}),
    ...(centre ? { centre: { name: centre.name, ...(address ? { address } : {}) } } : {}),
    capacity: a.capacity ?? 0, placesLeft: Math.max(0, (a.capacity ?? 0) - (a.signedUp ?? 0)), waitlist: a.waitlist !== false,
  };
}

const openForSignUp = (a: Activity | undefined, today: string): a is Activity => !!a && a.signUp === true && !!a.capacity && a.date >= today;

async function activityOf(call: Call, id: string): Promise<Activity> {
  const a = await call.deps.repo.find(entities.activity, id);
  if (!a?.signUp) throw problems.notFound(`No activity '${id}' open for sign-up`);
  return a;
}

async function byKey(call: Call): Promise<SignUp> {
  const s = await call.deps.repo.findByUnique(def, { manageKeyHash: hash(call.params.key) });
  if (!s) throw problems.notFound('No sign-up for this link');
  return s;
}

async function view(call: Call, s: SignUp, activity?: Activity) {
  const a = activity ?? (await call.deps.repo.get(entities.activity, s.activityId));
  return { status: s.status, guests: s.guests, ...(s.name ? { name: s.name } : {}), activity: await publicActivity(call, a) };
}

/**
 * Moves a sign-up to `confirmed`, taking its places on the activity if they are free (conditional
 * on the capacity as read); returns false when they are not.
 */
async function takePlaces(call: Call, s: SignUp, activity: Activity, actor: string): Promise<SignUp | undefined> {
  try {
    return await call.deps.repo.update<SignUp>(def, s.id, { ...s, status: 'confirmed', confirmedAt: call.deps.now().toISOString() }, s.version, {
      actor,
      current: s,
      counters: [{ type: 'activity', id: activity.id, field: 'signedUp', delta: peopleOf(s), within: { field: 'capacity', value: activity.capacity! }, refusal: `activity '${activity.id}' is full` }],
    });
  } catch (err) {
    if (err instanceof ConflictError && err.reason === 'over-limit') return undefined;
    throw err;
  }
}

async function send(call: Call, kind: SignUpMailKind, s: SignUp, activity: Activity, key?: string) {
  if (!s.email) return;
  const link = key ? `${publicUrl()}/angebote/?seite=anmeldung&key=${key}` : `${publicUrl()}/angebote/?seite=mitmachen`;
  await transportOf(call.deps).sendMail({ from: mailFrom(), to: s.email, ...signUpMail(kind, { activity, link, calendar: `${publicUrl()}/v1/public/activities/${activity.id}/calendar.ics`, name: s.name }) });
}

/** A freed place goes to the waiting list in the order people confirmed, each told by e-mail. */
async function moveUp(call: Call, activityId: string) {
  const waiting = (await call.deps.repo.listAll<SignUp>(def, { parentId: activityId })).filter((w) => w.status === 'waitlisted').sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''));
  for (const w of waiting) {
    const activity = await call.deps.repo.get(entities.activity, activityId);
    const moved = await takePlaces(call, w, activity, 'system:waitlist');
    if (!moved) return;
    await send(call, 'moved-up', moved, activity).catch(() => undefined);
  }
}

export const signUpImpls: Record<string, Impl> = {
  listPublicActivities: async (call) => {
    const { range } = parseListParams({ range: call.query.range });
    const today = berlinToday(call.deps.now());
    const open = (await call.deps.repo.listAll<Activity>(entities.activity, { parentId: call.query.socialSpaceId })).filter((a) => openForSignUp(a, today)).sort((a, b) => a.date.localeCompare(b.date));
    return pageReply('activities', await Promise.all(open.map((a) => publicActivity(call, a))), range);
  },

  getPublicActivity: async (call) => ({ body: await publicActivity(call, await activityOf(call, call.params.id)) }),

  signUpForActivity: async (call) => {
    const activity = await call.deps.repo.find(entities.activity, call.params.id);
    if (!openForSignUp(activity, berlinToday(call.deps.now()))) throw conflict(`Activity '${call.params.id}' is not open for sign-up`, 'Für diese Veranstaltung ist keine Anmeldung (mehr) möglich.');
    const submission = await acceptSubmission(call);
    const key = randomBytes(24).toString('base64url');
    const created = await call.deps.repo
      .create<SignUp>(def, { activityId: activity.id, socialSpaceId: activity.socialSpaceId, ...(call.body.name ? { name: call.body.name } : {}), email: call.body.email, guests: call.body.guests, status: 'unconfirmed', manageKeyHash: hash(key) }, {
        actor: 'anonymous',
        ...submissionItems(call.deps.repo, submission),
      })
      .catch(refuseReusedChallenge);
    await sendOrForget(call, def, created, () => send(call, 'confirm', created, activity, key), '/body/email');
    return { status: 201, body: { status: created.status } };
  },

  getOwnSignUp: async (call) => ({ body: await view(call, await byKey(call)) }),

  confirmSignUp: async (call) => {
    const s = await byKey(call);
    if (s.status === 'confirmed' || s.status === 'waitlisted') return { body: await view(call, s) };
    if (s.status === 'cancelled') throw conflict('The sign-up was cancelled', 'Diese Anmeldung wurde abgesagt. Sie können sich neu anmelden.');
    if (call.deps.now().getTime() - Date.parse(s.createdAt) > CONFIRM_HOURS * 3_600_000) throw conflict('The link has expired', `Der Link war ${CONFIRM_HOURS} Stunden gültig. Bitte melden Sie sich neu an.`);
    const activity = await call.deps.repo.get(entities.activity, s.activityId);
    const confirmed = await takePlaces(call, s, activity, 'anonymous:sign-up-link');
    if (confirmed) {
      await send(call, 'confirmed', confirmed, activity, call.params.key).catch(() => undefined);
      return { body: await view(call, confirmed) };
    }
    if (activity.waitlist === false) throw conflict(`Activity '${activity.id}' is full`, 'Leider sind alle Plätze vergeben.');
    const waiting = await call.deps.repo.update<SignUp>(def, s.id, { ...s, status: 'waitlisted', confirmedAt: call.deps.now().toISOString() }, s.version, { actor: 'anonymous:sign-up-link', current: s });
    await send(call, 'waitlisted', waiting, activity, call.params.key).catch(() => undefined);
    return { body: await view(call, waiting) };
  },

  cancelSignUp: async (call) => {
    const s = await byKey(call);
    return { body: await view(call, await cancel(call, s)) };
  },

  deleteSignUpData: async (call) => {
    const s = await cancel(call, await byKey(call));
    const gone = await call.deps.repo.update<SignUp>(def, s.id, { ...s, anonymised: true, name: undefined, email: undefined }, s.version, { actor: 'anonymous:sign-up-link', current: s });
    return { body: await view(call, gone) };
  },

  ...crudImpls(def, {
    // Staff mark attendance; who signed up, for how many, and the status belong to the resident's link.
    derive: async (call) => (call.current ? { status: call.current.status, guests: call.current.guests, name: call.current.name, email: call.current.email } : {}),
  }),

  takeAttendance: async (call) => {
    const activity = call.current as Activity;
    if (activity.version !== call.body.version) throw new ConflictError(`activity '${activity.id}' is at version ${activity.version}`, 'stale-version', activity.version);
    const came = (await call.deps.repo.listAll<SignUp>(def, { parentId: activity.id })).filter((s) => s.attended);
    // The repository leaves out the record's own meta fields (id, version, …): the stored record is passed as it is.
    const updated = await call.deps.repo.update(entities.activity, activity.id, { ...activity, participants: came.reduce((n, s) => n + peopleOf(s), 0) }, activity.version, { actor: call.actor, current: activity });
    return { body: updated };
  },
};

/** Cancels a sign-up; confirmed places are freed and go to the waiting list. Cancelling twice changes nothing. */
async function cancel(call: Call, s: SignUp): Promise<SignUp> {
  if (s.status === 'cancelled') return s;
  const freed = s.status === 'confirmed';
  const cancelled = await call.deps.repo.update<SignUp>(def, s.id, { ...s, status: 'cancelled' }, s.version, {
    actor: 'anonymous:sign-up-link',
    current: s,
    ...(freed ? { counters: [{ type: 'activity', id: s.activityId, field: 'signedUp', delta: -peopleOf(s), refusal: 'the activity changed' }] } : {}),
  });
  if (freed) await moveUp(call, s.activityId);
  return cancelled;
}
