/**
 * The demo's rooms (issue 34): three in the Stadtteilzentrum Hammer Norden (open on Saturdays for
 * groups), two in Hammer Westen, one of them for partners only; three weekly offers moved into them
 * (their schedules occupy the rooms through pattern 36); the Frauencafé's weekly series, approved;
 * and two requests waiting for an answer, a residents' group's past the three working days and a
 * partner's. Dates count from the seed's anchor day, so the series and requests lie ahead whenever
 * the demo is first seeded.
 */
import { entities } from '../entities.ts';
import type { Repository } from '../db/repository.ts';
import { readRoomDays, roomDayWrites, type RoomDay } from '../db/roomDayStore.ts';
import { blocked, dayViolations } from '../domain/roomAvailability.ts';
import { feeOf, summaryStatus } from '../domain/roomBookings.ts';
import { requestedDays } from '../domain/roomRecurrence.ts';
import type { CentreHours } from '../domain/openingHours.ts';
import type { Room } from '../schemas/room.ts';
import type { Occurrence } from '../schemas/roomBooking.ts';
import { berlinToday } from '../time/months.ts';
import { addDays } from '../time/workingDays.ts';
import type { SeedItem } from './hamm.ts';
import { roomKeyHash, roomRequestKey } from '../domain/roomLink.ts';

/** The room a resident can ask for on a Saturday afternoon at three days' notice (the finder's end-to-end test uses it). */
export const SATURDAY_ROOM = 'raum-norden-gruppenraum';

const KEY_NORDEN = 'Schlüssel bitte am Werktag vor der Nutzung zwischen 9 und 12 Uhr im Büro des Stadtteilzentrums abholen (für Samstage am Freitag) und am nächsten Werktag dort zurückgeben.';
const KEY_WESTEN = 'Schlüssel bitte am Tag der Nutzung bis 12 Uhr im Büro des Stadtteilzentrums abholen und in den Briefkasten am Eingang werfen, wenn Sie gehen.';
const RULES = 'Bitte den Raum besenrein verlassen, Tische und Stühle wieder aufstellen und Fenster schließen. Ab 22 Uhr Rücksicht auf die Nachbarschaft. Rauchen und offenes Feuer sind im ganzen Haus nicht erlaubt.';

const ROOMS: { id: string; centreId: string; data: Record<string, unknown> }[] = [
  {
    id: 'raum-norden-saal', centreId: 'stz-norden',
    data: {
      name: 'Großer Saal', capacity: 80, sizeSqm: 120, equipment: ['kitchen', 'chairs-tables', 'sound-system', 'projector', 'wifi'], accessibility: ['step-free', 'accessible-toilet'],
      houseRules: `${RULES} Die Küche nebenan gehört zum Saal; Geschirr bitte gespült einräumen.`, keyPickup: KEY_NORDEN,
      whoMayAsk: 'public', leadDays: 14, maxHours: 6, bufferBeforeMin: 30, bufferAfterMin: 30,
      fees: [{ bookerKind: 'private', cents: 4000, per: 'occurrence' }, { bookerKind: 'commercial', cents: 2500, per: 'hour' }],
    },
  },
  {
    id: SATURDAY_ROOM, centreId: 'stz-norden',
    data: {
      name: 'Gruppenraum', capacity: 20, sizeSqm: 35, equipment: ['chairs-tables', 'whiteboard', 'wifi'], accessibility: ['step-free'],
      houseRules: RULES, keyPickup: KEY_NORDEN, whoMayAsk: 'public', leadDays: 3, maxHours: 4, bufferAfterMin: 15,
    },
  },
  {
    id: 'raum-norden-cafe', centreId: 'stz-norden',
    data: {
      name: 'Küche/Café', capacity: 15, sizeSqm: 30, equipment: ['kitchen', 'chairs-tables', 'childrens-corner'], accessibility: ['step-free'],
      houseRules: `${RULES} Lebensmittel bitte wieder mitnehmen, der Kühlschrank wird freitags geleert.`, keyPickup: KEY_NORDEN, whoMayAsk: 'public', leadDays: 7, maxHours: 4,
    },
  },
  {
    id: 'raum-westen-saal', centreId: 'stz-westen',
    data: {
      name: 'Großer Saal', capacity: 60, sizeSqm: 90, equipment: ['kitchen', 'chairs-tables', 'sound-system', 'wifi'], accessibility: ['step-free', 'accessible-toilet', 'hearing-loop'],
      houseRules: RULES, keyPickup: KEY_WESTEN, whoMayAsk: 'public', leadDays: 14, maxHours: 5, bufferBeforeMin: 30, bufferAfterMin: 30,
      fees: [{ bookerKind: 'private', cents: 3500, per: 'occurrence' }, { bookerKind: 'commercial', cents: 2000, per: 'hour' }],
    },
  },
  {
    id: 'raum-westen-seminarraum', centreId: 'stz-westen',
    data: {
      name: 'Seminarraum', capacity: 24, sizeSqm: 40, equipment: ['chairs-tables', 'projector', 'whiteboard', 'wifi'], accessibility: ['step-free'],
      houseRules: `${RULES} Beamer und Laptop-Kabel liegen im Schrank, bitte dorthin zurück.`, keyPickup: KEY_WESTEN, whoMayAsk: 'partners', leadDays: 7, maxHours: 8,
    },
  },
];

/** Seeded offers moved from another place into a room of their social space's centre. */
const OFFERS_IN_ROOMS: Record<string, string> = { 'offer-020': 'raum-norden-cafe', 'offer-038': SATURDAY_ROOM, 'offer-030': 'raum-westen-saal' };

/** Norden's centre opens its rooms to groups on Saturdays. */
const SATURDAY = { freq: 'WEEKLY', byday: ['SA'], opens: '10:00', closes: '18:00' };

const DAY_MS = 86_400_000;
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/** The first day from `from` on, on one of `weekdays` (0 Sunday … 6 Saturday), on which the centre (if given) is open at that time. */
function openDay(centre: CentreHours | undefined, from: string, weekdays: number[], startTime: string, endTime: string): string {
  let d = from;
  while (!weekdays.includes(weekday(d)) || (centre && dayViolations(centre, d, startTime, endTime).length)) d = addDays(d, 1);
  return d;
}

/**
 * Occurrences as `requestRoom` makes them when asked at `asked` (days the centre is closed refused by
 * the rules), the others pending or approved at `answered`.
 */
function occurrencesOf(centre: CentreHours, b: { date: string; recurrence?: string; startTime: string; endTime: string }, asked: string, answered?: { at: string; by: string }): Occurrence[] {
  return requestedDays(b.date, b.recurrence).map((d) => {
    const base = { id: d, date: d, startTime: b.startTime, endTime: b.endTime };
    const broken = dayViolations(centre, d, b.startTime, b.endTime);
    if (broken.length) return { ...base, status: 'refused', reason: broken.map((v) => v.message).join(' '), decidedAt: asked, decidedBy: 'system:room-rules' };
    return answered ? { ...base, status: 'approved', decidedAt: answered.at, decidedBy: answered.by } : { ...base, status: 'pending' };
  });
}

/**
 * The seed items with the rooms: Norden's centre open on Saturdays, three offers in rooms, the rooms,
 * and the bookings. `items` are the decorated demo items (the centres' closures decide the days).
 */
export function withRooms(items: SeedItem[], anchor: Date): SeedItem[] {
  const today = berlinToday(anchor);
  const ago = (days: number) => new Date(anchor.getTime() - days * DAY_MS).toISOString();
  const out = items.map((item): SeedItem => {
    const d = item.data as Record<string, any>;
    if (item.type === 'centre' && item.id === 'stz-norden') return { ...item, data: { ...d, openingHours: [...d.openingHours, SATURDAY] } };
    const roomId = item.type === 'offer' ? OFFERS_IN_ROOMS[item.id] : undefined;
    if (!roomId) return item;
    const { location: _moved, ...rest } = d;
    return { ...item, data: { ...rest, centreId: ROOMS.find((r) => r.id === roomId)!.centreId, roomId } };
  });
  const centres = new Map(out.filter((i) => i.type === 'centre').map((i) => [i.id, i.data as unknown as CentreHours & { socialSpaceId: string }]));
  const rooms = ROOMS.map((r): SeedItem => ({ type: 'room', id: r.id, at: ago(120), data: { centreId: r.centreId, socialSpaceId: centres.get(r.centreId)!.socialSpaceId, ...r.data } }));

  /** A request asked `createdDaysAgo`, pending, or approved by Norden's neighbourhood manager `answeredDaysAgo`. */
  const booking = (id: string, roomId: string, createdDaysAgo: number, b: Record<string, any>, answeredDaysAgo?: number): SeedItem => {
    const room = ROOMS.find((r) => r.id === roomId)!;
    const centre = centres.get(room.centreId)!;
    const answeredAt = answeredDaysAgo === undefined ? undefined : ago(answeredDaysAgo);
    const occurrences = occurrencesOf(centre, b as never, ago(createdDaysAgo), answeredAt ? { at: answeredAt, by: 'user:u-quartier-norden' } : undefined);
    return {
      type: 'roomBooking', id, at: ago(createdDaysAgo),
      data: {
        roomId, centreId: room.centreId, socialSpaceId: centre.socialSpaceId, ...b, occurrences, status: summaryStatus(occurrences),
        feeCents: feeOf((room.data.fees as never) ?? [], b.bookerKind, b.startTime, b.endTime), ...(answeredAt ? { answeredAt } : {}),
      },
    };
  };
  const norden = centres.get('stz-norden')!;
  const westen = centres.get('stz-westen')!;
  // Every Tuesday afternoon for half a year, asked six weeks ago and approved two days later.
  const firstTuesday = openDay(undefined, addDays(today, -28), [2], '15:00', '17:00');
  const until = addDays(firstTuesday, 26 * 7).replaceAll('-', '');
  const bookings = [
    booking('raumbuchung-frauencafe', SATURDAY_ROOM, 42, {
      purpose: 'Frauencafé: Austausch, Tee und Beratung für Frauen aus dem Stadtteil', bookerKind: 'residents-group', groupName: 'Frauencafé Hammer Norden', expectedPeople: 14,
      date: firstTuesday, startTime: '15:00', endTime: '17:00', recurrence: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}`,
      contact: { email: 'frauencafe-norden@example.org' }, keyGivenTo: 'Sprecherin des Frauencafés', keyGivenAt: ago(35),
    }, 40),
    // Asked through the finder ten days ago and confirmed at once: past the three working days whatever the holidays, so overdue.
    booking('raumbuchung-mieterversammlung', 'raum-norden-saal', 10, {
      confirmedAt: new Date(Date.parse(ago(10)) + 40 * 60_000).toISOString(),
      purpose: 'Mieterversammlung zur Sanierung der Häuser an der Sorauer Straße', bookerKind: 'residents-group', groupName: 'Mietergemeinschaft Sorauer Straße', expectedPeople: 45,
      accessibilityNeeds: ['step-free'], date: openDay(norden, addDays(today, 14), [3], '14:00', '16:00'), startTime: '14:00', endTime: '16:00',
      contact: { email: 'mietergemeinschaft-sorauer@example.org' },
    }),
    booking('raumbuchung-awo-lesepaten', 'raum-westen-seminarraum', 1, {
      purpose: 'Fortbildung für ehrenamtliche Lesepatinnen und Lesepaten', bookerKind: 'partner', organisationId: 'awo', groupName: 'AWO Lesepaten', expectedPeople: 16,
      date: openDay(westen, addDays(today, 10), [5], '09:00', '12:00'), startTime: '09:00', endTime: '12:00', contact: { email: 'kontakt@awo.hamm.example' },
    }),
  ];
  return [...out, ...rooms, ...bookings];
}

/**
 * A seeded booking written as its approval writes it: the record, its audit entry and the room's
 * day locks (pattern 35) of its approved occurrences in one transaction, merged with what the days
 * hold. The approval itself (functions/participation/roomBookings.ts) is not reachable from shared/.
 */
export async function createSeededBooking(repo: Repository, data: Record<string, unknown>, opts: { id: string; actor: string; at?: string }): Promise<void> {
  const room = await repo.get<Room>(entities.room, String(data.roomId));
  const approved = (data.occurrences as Occurrence[]).filter((o) => o.status === 'approved');
  const days = approved.map((o) => o.date).sort();
  const locks = days.length ? await readRoomDays(repo, room.id, days[0], days.at(-1)!) : new Map<string, RoomDay>();
  const touched = approved.map((o): RoomDay => {
    const lock = locks.get(o.date) ?? { day: o.date, version: 0, held: [] };
    const held = { bookingId: opts.id, occurrenceId: o.id, start: o.startTime, end: o.endTime, ...blocked(room, o.startTime, o.endTime) };
    return { ...lock, held: [...lock.held, held].sort((a, b) => a.from - b.from) };
  });
  // Its status link, as every request has one (shared/domain/roomLink.ts); a seed run without the link secret goes without.
  const statusKeyHash = await roomRequestKey(opts.id).then(roomKeyHash, () => undefined);
  await repo.create(entities.roomBooking, { ...data, ...(statusKeyHash ? { statusKeyHash } : {}) }, { ...opts, also: roomDayWrites(repo, room.id, touched) });
}
