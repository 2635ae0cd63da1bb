/**
 * Room requests and their answers (issue 34): staff, partners (with their key, for their own
 * organisation) and, through the public form, residents ask; neighbourhood management of the centre's
 * social space approves the series or chosen occurrences, refuses with a reason or proposes another
 * time. Approving writes the room's day locks (pattern 35) in the booking's own audited transaction,
 * conditional on the versions read, so two overlapping approvals never both succeed; a lost race reads
 * again and answers 409 naming the time taken. `requestRoom`, `approveOccurrences` and
 * `releaseOccurrences` are the cores the public form and the requester's status link reuse.
 * Access patterns: 1, 3 (a centre's bookings), 35 (day locks), 36 (the centre's own use of a room).
 */
import { ulid } from 'ulid';
import { IntegrityError } from '../../shared/db/errors.ts';
import type { WriteOptions } from '../../shared/db/repository.ts';
import { heldByDay, listRoomUse, readRoomDays, RoomDayRace, roomDayWrites, type RoomDay } from '../../shared/db/roomDayStore.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { blocked, conflictOn, dayViolations, requestViolations, type Held, type OwnUse, type RequestShape, type Violation } from '../../shared/domain/roomAvailability.ts';
import { feeOf, isOverdue, queueOrder, slotOf, summaryStatus } from '../../shared/domain/roomBookings.ts';
import { requestedDays } from '../../shared/domain/roomRecurrence.ts';
import { roomKeyHash, roomRequestKey } from '../../shared/domain/roomLink.ts';
import type { Centre } from '../../shared/schemas/centre.ts';
import type { Room } from '../../shared/schemas/room.ts';
import type { Occurrence, RoomBooking } from '../../shared/schemas/roomBooking.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { crudImpls, crudSchemas } from '../http/crud.ts';
import type { Deps } from '../http/deps.ts';
import { fieldsOf, filterItems, loadForList, pageReply, parseListParams, sortItems } from '../http/listing.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { createdOnce } from '../http/createdOnce.ts';
import { logger } from '../http/logger.ts';
import { transportOf } from '../mail/mailer.ts';
import { roomMessage } from '../mail/roomMails.ts';
import type { RoomMailKind } from '../../shared/format/roomMail.ts';
import { publicUrl } from '../../shared/runtimeConfig.ts';

const def = entities.roomBooking;
/** Approvals that lost a race read again; more than this many lost races in a row is a busy room: 409. */
const MAX_ATTEMPTS = 8;

/** 422: the request breaks the room's rules, each rule a German sentence (`code` names it). */
export const rulesProblem = (violations: Violation[]) =>
  new HttpProblem(422, 'Unprocessable Content', `The request breaks the room's rules: ${[...new Set(violations.map((v) => v.rule))].join(', ')}`, {
    type: 'https://hamm.example/problems/room-rules',
    errors: violations.map((v) => ({ pointer: '/body', detail: v.message, code: v.rule })),
  });

/** 409: the time is taken; the German sentences name the day and the time. */
export const takenProblem = (conflicts: { id: string; message: string }[]) =>
  new HttpProblem(409, 'Conflict', `The room is already taken on ${conflicts.map((c) => c.id).join(', ')}`, {
    type: 'https://hamm.example/problems/room-taken',
    errors: conflicts.map((c) => ({ pointer: '/body', detail: c.message })),
  });

const occurrenceProblem = (detail: string, german: string) =>
  new HttpProblem(409, 'Conflict', detail, { type: 'https://hamm.example/problems/room-booking-state', errors: [{ pointer: '/body/occurrenceIds', detail: german }] });


/** The room's days a set of Berlin days spans, and its own use, read once. */
async function roomState(deps: Deps, roomId: string, days: string[]) {
  const sorted = [...days].sort();
  const [locks, use] = await Promise.all([sorted.length ? readRoomDays(deps.repo, roomId, sorted[0], sorted.at(-1)!) : new Map<string, RoomDay>(), listRoomUse(deps.repo, roomId)]);
  return { locks, use };
}

/** Which of the given occurrences collide with approved times or the centre's own use now. */
function conflictsOf(room: Room, booking: Pick<RoomBooking, 'id'>, occs: Occurrence[], state: { locks: Map<string, RoomDay>; use: OwnUse[] }, today: string) {
  const input = { held: heldByDay(state.locks), ownUse: state.use };
  return occs.flatMap((o) => {
    const { date: day, startTime, endTime } = slotOf(o);
    const message = conflictOn(room, input, { bookingId: booking.id, day, startTime, endTime }, today);
    return message ? [{ id: o.id, message }] : [];
  });
}

/**
 * Writes the booking with changed occurrences and the room's day locks they change, in one audited
 * transaction over the versions read; `plan` is asked again after a lost race, with what is stored then.
 */
async function withDayLocks(
  deps: Deps,
  booking: RoomBooking,
  version: number,
  opts: Pick<WriteOptions, 'actor' | 'via'>,
  days: string[],
  plan: (state: { locks: Map<string, RoomDay>; use: OwnUse[] }) => { occurrences: Occurrence[]; touched: RoomDay[] },
  /** Whether this is staff's answer (the first one is `answeredAt`, a metric); the requester's own changes are not. */
  answers = true,
): Promise<RoomBooking> {
  for (let attempt = 1; ; attempt++) {
    const state = await roomState(deps, booking.roomId, days);
    const { occurrences, touched } = plan(state);
    const at = deps.now().toISOString();
    try {
      const answeredAt = booking.answeredAt ?? (answers ? at : undefined);
      return await deps.repo.update<RoomBooking>(def, booking.id, { ...booking, occurrences, status: summaryStatus(occurrences), ...(answeredAt ? { answeredAt } : {}) }, version, {
        ...opts,
        current: booking,
        also: roomDayWrites(deps.repo, booking.roomId, touched),
      });
    } catch (err) {
      if (!(err instanceof RoomDayRace) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/** The chosen occurrences (all open ones when none are named); unknown ids are refused. */
function chosen(booking: RoomBooking, ids: string[] | undefined, open: (o: Occurrence) => boolean): Occurrence[] {
  const unknown = (ids ?? []).filter((id) => !booking.occurrences.some((o) => o.id === id));
  if (unknown.length) throw occurrenceProblem(`Unknown occurrences: ${unknown.join(', ')}`, `Diese Termine gehören nicht zur Anfrage: ${unknown.join(', ')}`);
  return booking.occurrences.filter((o) => (ids ? ids.includes(o.id) : true) && open(o));
}

/**
 * Approves occurrences (pending, or proposed: then at the proposed time). Those colliding with approved
 * times or the centre's own use are refused with 409, or left pending with `skipConflicts`.
 */
export async function approveOccurrences(
  deps: Deps,
  booking: RoomBooking,
  args: { version: number; occurrenceIds?: string[]; skipConflicts?: boolean; actor: string; via?: string },
): Promise<{ booking: RoomBooking; skipped: { id: string; message: string }[] }> {
  const room = await deps.repo.get(entities.room, booking.roomId);
  const wanted = chosen(booking, args.occurrenceIds, (o) => o.status === 'pending' || o.status === 'proposed');
  if (!wanted.length) throw occurrenceProblem('Nothing to approve', 'Es gibt keine offenen Termine zu bestätigen.');
  const today = berlinToday(deps.now());
  let skipped: { id: string; message: string }[] = [];
  const updated = await withDayLocks(deps, booking, args.version, args, wanted.map((o) => slotOf(o).date), (state) => {
    skipped = conflictsOf(room, booking, wanted, state, today);
    if (skipped.length && !args.skipConflicts) throw takenProblem(skipped);
    const approve = wanted.filter((o) => !skipped.some((c) => c.id === o.id));
    if (!approve.length) throw takenProblem(skipped);
    const touched = new Map<string, RoomDay>();
    const at = deps.now().toISOString();
    const occurrences = booking.occurrences.map((o) => {
      if (!approve.includes(o)) return o;
      const s = slotOf(o);
      const lock = touched.get(s.date) ?? structuredClone(state.locks.get(s.date) ?? { day: s.date, version: 0, held: [] });
      const held: Held = { bookingId: booking.id, occurrenceId: o.id, start: s.startTime, end: s.endTime, ...blocked(room, s.startTime, s.endTime) };
      lock.held = [...lock.held.filter((h) => !(h.bookingId === booking.id && h.occurrenceId === o.id)), held].sort((a, b) => a.from - b.from);
      touched.set(s.date, lock);
      const { proposal: _gone, reason: _none, ...rest } = o;
      return { ...rest, date: s.date, startTime: s.startTime, endTime: s.endTime, status: 'approved' as const, decidedAt: at, decidedBy: args.actor };
    });
    return { occurrences, touched: [...touched.values()] };
  });
  return { booking: updated, skipped };
}

/**
 * Refuses or cancels occurrences with a reason: pending and proposed ones are refused, approved ones
 * cancelled, and their times leave the room's day locks in the same transaction.
 */
export async function releaseOccurrences(
  deps: Deps,
  booking: RoomBooking,
  args: { version: number; occurrenceIds?: string[]; reason?: string; actor: string; via?: string; by: 'staff' | 'requester' },
): Promise<RoomBooking> {
  const wanted = chosen(booking, args.occurrenceIds, (o) => o.status !== 'refused' && o.status !== 'cancelled');
  if (!wanted.length) throw occurrenceProblem('Nothing to refuse or cancel', 'Es gibt keine Termine mehr, die abgesagt werden könnten.');
  const approvedDays = wanted.filter((o) => o.status === 'approved').map((o) => o.date);
  return withDayLocks(deps, booking, args.version, args, approvedDays, (state) => {
    const touched = new Map<string, RoomDay>();
    const at = deps.now().toISOString();
    const occurrences = booking.occurrences.map((o): Occurrence => {
      if (!wanted.includes(o)) return o;
      if (o.status === 'approved') {
        const lock = touched.get(o.date) ?? structuredClone(state.locks.get(o.date));
        if (lock) touched.set(o.date, { ...lock, held: lock.held.filter((h) => !(h.bookingId === booking.id && h.occurrenceId === o.id)) });
      }
      const { proposal: _gone, ...rest } = o;
      const status = args.by === 'requester' || o.status === 'approved' ? 'cancelled' : 'refused';
      return { ...rest, status, ...(args.reason ? { reason: args.reason } : {}), decidedAt: at, decidedBy: args.actor };
    });
    return { occurrences, touched: [...touched.values()] };
  }, args.by === 'staff');
}

/** Proposes another time for one pending occurrence; the requester's answer approves it there (or not). */
async function proposeTime(call: Call, booking: RoomBooking): Promise<RoomBooking> {
  const { version, occurrenceId, date, startTime, endTime, note } = call.body;
  const [o] = chosen(booking, [occurrenceId], (x) => x.status === 'pending' || x.status === 'proposed');
  if (!o) throw occurrenceProblem(`Occurrence ${occurrenceId} is not open`, 'Für diesen Termin kann keine andere Zeit mehr vorgeschlagen werden.');
  const room = await call.deps.repo.get(entities.room, booking.roomId);
  const centre = await call.deps.repo.get(entities.centre, booking.centreId);
  const broken = dayViolations(centre, date, startTime, endTime);
  if (broken.length) throw rulesProblem(broken);
  const state = await roomState(call.deps, booking.roomId, [date]);
  const proposal = { date, startTime, endTime, ...(note ? { note } : {}) };
  const taken = conflictsOf(room, booking, [{ ...o, status: 'proposed', proposal }], state, berlinToday(call.deps.now()));
  if (taken.length) throw takenProblem(taken);
  const at = call.deps.now().toISOString();
  const occurrences = booking.occurrences.map((x) => (x.id === o.id ? { ...x, status: 'proposed' as const, proposal, decidedAt: at, decidedBy: call.actor } : x));
  return call.deps.repo.update<RoomBooking>(def, booking.id, { ...booking, occurrences, status: summaryStatus(occurrences), answeredAt: booking.answeredAt ?? at }, version, { actor: call.actor, via: call.via, current: booking });
}

/** Who asks, as the room's `whoMayAsk` sees it. */
const askerOf = (call: Call): RequestShape['asker'] => (call.principal?.kind === 'partner' ? 'partner' : call.principal?.kind === 'user' ? 'staff' : 'public');

/**
 * A request: checked against the room's rules (422) and, for a single date, against the times taken
 * (409); in a series, days the centre is closed are refused at once and colliding days stay pending,
 * shown at approval. `write` carries what is written with it (a public submission's challenge and
 * count, a partner's idempotency guard); a public request stays `unconfirmed` until its address is.
 * Every request gets its status link's hash (shared/domain/roomLink.ts).
 */
export async function requestRoom(call: Call, data: Item, extra: { write?: Partial<WriteOptions> & { id?: string }; unconfirmed?: boolean } = {}): Promise<RoomBooking> {
  const { repo } = call.deps;
  const room = (call.scopeRef as Room | undefined) ?? (await repo.find(entities.room, data.roomId));
  if (!room) throw new IntegrityError(`room '${data.roomId}' does not exist`, [{ pointer: '/roomId', detail: `room '${data.roomId}' existiert nicht` }]);
  const centre: Centre = await repo.get(entities.centre, room.centreId);
  const asker = askerOf(call);
  const kind = asker === 'partner' ? 'partner' : data.bookerKind;
  const today = berlinToday(call.deps.now());
  const days = requestedDays(data.date, data.recurrence);
  const violations = requestViolations(room, { ...(data as RequestShape), asker }, today);
  if (!days.length) violations.push({ rule: 'series', message: `Der ${data.date.split('-').reverse().join('.')} passt nicht zur gewünschten Wiederholung.` });
  const byDay = new Map(days.map((d) => [d, dayViolations(centre, d, data.startTime, data.endTime)]));
  const possible = days.filter((d) => !byDay.get(d)!.length);
  if (violations.length || !possible.length) throw rulesProblem([...violations, ...[...byDay.values()].flat()]);
  const at = call.deps.now().toISOString();
  const occurrences: Occurrence[] = days.map((d) => {
    const broken = byDay.get(d)!;
    const base = { id: d, date: d, startTime: data.startTime, endTime: data.endTime };
    return broken.length ? { ...base, status: 'refused', reason: broken.map((v) => v.message).join(' '), decidedAt: at, decidedBy: 'system:room-rules' } : { ...base, status: 'pending' };
  });
  if (days.length === 1) {
    const taken = conflictsOf(room, { id: '' }, occurrences, await roomState(call.deps, room.id, days), today);
    if (taken.length) throw takenProblem(taken);
  }
  const id = extra.write?.id ?? ulid();
  const record = {
    ...data,
    ...(extra.unconfirmed ? { status: 'unconfirmed' } : {}),
    statusKeyHash: roomKeyHash(await roomRequestKey(id)),
    bookerKind: kind,
    centreId: room.centreId,
    socialSpaceId: room.socialSpaceId,
    occurrences,
    feeCents: feeOf(room.fees ?? [], kind, data.startTime, data.endTime),
  };
  return repo.create<RoomBooking>(def, { status: summaryStatus(occurrences), ...record }, { ...extra.write, id, actor: call.actor, via: call.via });
}

/** Staff answer a request once its address is confirmed: before, it is not theirs (409). */
function answerable(call: Call): RoomBooking {
  const booking = call.current as RoomBooking;
  if (booking.status === 'unconfirmed') throw occurrenceProblem(`Room booking '${booking.id}' is not confirmed by its requester yet`, 'Die Anfrage ist noch nicht bestätigt: Die anfragende Person hat ihre E-Mail-Adresse noch nicht bestätigt.');
  return booking;
}

/** The occurrences an answer moved into `status`. */
export const changed = (before: RoomBooking, after: RoomBooking, status: Occurrence['status']) =>
  after.occurrences.filter((o) => o.status === status && before.occurrences.find((b) => b.id === o.id)?.status !== status);

/**
 * Tells the requester by e-mail. The answer stands whether or not the mail goes out (the status page
 * shows it): a failure is logged, not the request's failure.
 */
export async function tellRequester(deps: Deps, kind: RoomMailKind, booking: RoomBooking, slots: Occurrence[]): Promise<void> {
  if (!slots.length) return;
  try {
    const message = await roomMessage(deps.repo, kind, booking, slots, { baseUrl: publicUrl(), now: deps.now() });
    if (message) await transportOf(deps).sendMail(message);
  } catch (err) {
    logger.warn('room booking mail not sent', { bookingId: booking.id, kind, error: (err as Error).message });
  }
}

/** The queue's decoration: overdue requests marked (not stored). */
const withOverdue = (call: Call, b: Item) => ({ ...b, overdue: isOverdue(b as RoomBooking, call.deps.now()) });

const generic = crudImpls(def, {
  // Occurrences, status and fee are the server's; a PUT changes the request's texts and the key handover.
  derive: async (call) => {
    if (!call.current) return {};
    const { centreId, socialSpaceId, occurrences, status, feeCents, answeredAt, bookerKind } = call.current;
    return { centreId, socialSpaceId, occurrences, status, feeCents, bookerKind, ...(answeredAt ? { answeredAt } : {}) };
  },
  decorate: async (call, records) => records.map((r) => withOverdue(call, r)),
});

export const roomBookingImpls: Record<string, Impl> = {
  // A room stands in its centre's social space (the centre was read for the policy check).
  ...crudImpls(entities.room, {
    derive: async (call, data) => {
      const centre = call.scopeRef ?? (await call.deps.repo.find(entities.centre, data.centreId));
      if (!centre) throw new IntegrityError(`centre '${data.centreId}' does not exist`, [{ pointer: '/centreId', detail: `centre '${data.centreId}' existiert nicht` }]);
      return { socialSpaceId: centre.socialSpaceId };
    },
  }),
  ...generic,

  /** The queue: a centre's requests (filter `centreId`), pending first and oldest first unless sorted otherwise. */
  listRoomBookings: async (call) => {
    const params = parseListParams(call.query);
    const fields = fieldsOf(crudSchemas(call));
    // Unconfirmed public requests are not staff's yet (the address may not be the asker's): only when asked for by status.
    const shown = (b: Item) => b.status !== 'unconfirmed' || params.filter.status === 'unconfirmed';
    const all = (await loadForList(call, def, params.filter)).filter(call.readable).filter(shown);
    const filtered = filterItems(all, params.filter, { fields, searchFields: def.searchFields, special: call.route.specialFilters, now: call.deps.now() });
    const sorted = params.sort ? sortItems(filtered, params.sort, fields) : [...filtered].sort((a, b) => queueOrder(a as RoomBooking, b as RoomBooking));
    const reply = pageReply(def.resource, sorted, params.range);
    return { ...reply, body: (reply.body as Item[]).map((b) => withOverdue(call, b)) };
  },

  createRoomBooking: async (call) => {
    const data = Object.fromEntries(Object.entries(call.body as Item).filter(([, v]) => v !== undefined));
    const created = await createdOnce(call, (write) => requestRoom(call, data, { write }), (id) => call.deps.repo.get<RoomBooking>(def, id));
    return { status: 201, body: withOverdue(call, created) };
  },

  getRoomBookingApproval: async (call) => {
    const booking = call.current as RoomBooking;
    const room = await call.deps.repo.get(entities.room, booking.roomId);
    const open = booking.occurrences.filter((o) => o.status === 'pending' || o.status === 'proposed');
    const taken = new Map(conflictsOf(room, booking, open, await roomState(call.deps, booking.roomId, open.map((o) => slotOf(o).date)), berlinToday(call.deps.now())).map((c) => [c.id, c.message]));
    return { body: { id: booking.id, version: booking.version, occurrences: booking.occurrences.map((o) => ({ ...o, ...(taken.has(o.id) ? { conflict: taken.get(o.id) } : {}) })) } };
  },

  approveRoomBooking: async (call) => {
    const before = answerable(call);
    const { booking, skipped } = await approveOccurrences(call.deps, before, { ...call.body, actor: call.actor, via: call.via });
    await tellRequester(call.deps, 'approved', booking, changed(before, booking, 'approved'));
    return { body: { booking: withOverdue(call, booking), skipped } };
  },

  refuseRoomBooking: async (call) => {
    const before = answerable(call);
    const booking = await releaseOccurrences(call.deps, before, { ...call.body, actor: call.actor, via: call.via, by: 'staff' });
    await tellRequester(call.deps, 'refused', booking, changed(before, booking, 'refused'));
    await tellRequester(call.deps, 'cancelled', booking, changed(before, booking, 'cancelled'));
    return { body: withOverdue(call, booking) };
  },

  proposeRoomBookingTime: async (call) => {
    const before = answerable(call);
    const booking = await proposeTime(call, before);
    await tellRequester(call.deps, 'proposed', booking, booking.occurrences.filter((o) => o.id === call.body.occurrenceId));
    return { body: withOverdue(call, booking) };
  },
};

