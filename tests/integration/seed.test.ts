/** The seed is valid against the schemas, complete, and idempotent. */
import { beforeAll, describe, expect, it } from 'vitest';
import { entities, type EntityDef } from '../../shared/entities.ts';
import { allSeedItems, applySeed, seedDemo } from '../../shared/seed/seed.ts';
import { freshTable } from '../support/db.ts';
import { SEED_TODAY } from '../support/constants.ts';
import { heldByDay, listRoomUse, readRoomDays } from '../../shared/db/roomDayStore.ts';
import { dayAvailability } from '../../shared/domain/roomAvailability.ts';
import { isOverdue } from '../../shared/domain/roomBookings.ts';
import { SATURDAY_ROOM } from '../../shared/seed/rooms.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays } from '../../shared/time/workingDays.ts';

const today = SEED_TODAY;
let t: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  t = await freshTable();
});

describe('seed', () => {
  it('loads Hamm and the demo data, and a second run changes nothing', async () => {
    const items = allSeedItems(today);
    const first = await applySeed(t.repo, items);
    expect(first.created).toBe(items.length);
    const count = async (type: keyof typeof entities) => (await t.repo.listAll(entities[type] as EntityDef)).length;
    expect(await count('district')).toBe(7);
    expect(await count('socialSpace')).toBe(9);
    expect(await count('quarter')).toBe(59);
    expect(await count('goal')).toBe(4);
    expect(await count('indicator')).toBe(13);
    expect(await count('network')).toBe(16);
    expect(await count('meeting')).toBeGreaterThan(100);
    expect(await count('activity')).toBeGreaterThan(300);
    expect(await count('offer')).toBe(60);
    expect(await count('organisation')).toBeGreaterThanOrEqual(15);
    const measurements = await count('measurement');
    expect(measurements).toBeGreaterThan(1000);

    const norden = await t.repo.get<any>(entities.socialSpace, 'norden');
    expect(norden.districtIds.sort()).toEqual(['bockum-hoevel', 'heessen']);
    const westen = await t.repo.get<any>(entities.socialSpace, 'westen');
    expect(westen.districtIds.sort()).toEqual(['herringen', 'mitte', 'pelkum']);
    // every social space has offers
    const offers = await t.repo.listAll<any>(entities.offer);
    for (const ss of ['mitte', 'norden', 'westen', 'uentrop', 'rhynern', 'pelkum', 'herringen', 'bockum-hoevel', 'heessen'])
      expect(offers.some((o) => o.socialSpaceIds.includes(ss))).toBe(true);

    // The computed demo indicators hold computed values only, for every seeded month or quarter.
    const computed = await t.repo.listAll<any>(entities.measurement, { parentId: 'ind-network-meetings' });
    expect(computed.length).toBe(18 * 9);
    expect(new Set(computed.map((m) => m.source))).toEqual(new Set(['computed']));
    const offersCurrent = await t.repo.listAll<any>(entities.measurement, { parentId: 'ind-offers-current' });
    expect(offersCurrent.filter((m) => m.source === 'computed').length).toBe(3 * 9);
    expect(offersCurrent.filter((m) => m.source === 'manual').length).toBeGreaterThan(100);

    // Participation in Norden: ideas (two waiting for release), an open and a closed survey, a walk to sign up for
    // whose confirmed places match its sign-ups.
    const ideas = await t.repo.listAll<any>(entities.idea, { parentId: 'norden' });
    expect(ideas.filter((i) => i.moderation === 'pending')).toHaveLength(2);
    expect(ideas.filter((i) => i.moderation === 'released').length).toBe(3);
    expect((await t.repo.listAll<any>(entities.survey, { parentId: 'norden' })).map((s) => s.status)).toEqual(['published', 'published']);
    const walk = await t.repo.get<any>(entities.activity, 'spaziergang-norden');
    const walkers = await t.repo.listAll<any>(entities.signUp, { parentId: walk.id });
    expect(walk.signedUp).toBe(walkers.filter((s) => s.status === 'confirmed').reduce((n, s) => n + 1 + s.guests, 0));

    // A filled social space page for Norden and Westen: plan, needs, budget whose counters match the expenses.
    const plans = await t.repo.listAll<any>(entities.workPlan);
    expect(plans.map((p) => `${p.socialSpaceId} ${p.year} ${p.status}`).sort()).toEqual([`norden ${today.getUTCFullYear()} mid-year-reviewed`, `westen ${today.getUTCFullYear()} draft`]);
    expect((await t.repo.listAll<any>(entities.need, { parentId: 'norden' })).length).toBeGreaterThanOrEqual(3);
    for (const line of await t.repo.listAll<any>(entities.budgetLine)) {
      const spent = (await t.repo.listAll<any>(entities.expense, { parentId: line.id })).reduce((n, e) => n + e.amountCents, 0);
      expect(line.spentCents).toBe(spent);
      expect(spent).toBeLessThanOrEqual(line.plannedCents);
    }

    // Rooms in Norden and Westen (issue 34): offers using them (their copies, pattern 36), the Frauencafé's approved
    // series holding its Tuesdays in the day locks (pattern 35), two requests waiting, the residents' one overdue.
    const rooms = await t.repo.listAll<any>(entities.room);
    expect(rooms.map((r) => `${r.centreId} ${r.name} ${r.whoMayAsk}`).sort()).toEqual([
      'stz-norden Großer Saal public', 'stz-norden Gruppenraum public', 'stz-norden Küche/Café public', 'stz-westen Großer Saal public', 'stz-westen Seminarraum partners',
    ]);
    expect((await t.repo.listAll<any>(entities.offer)).filter((o) => o.roomId).map((o) => `${o.id} ${o.roomId}`).sort()).toEqual(['offer-020 raum-norden-cafe', 'offer-030 raum-westen-saal', `offer-038 ${SATURDAY_ROOM}`]);
    const ownUse = await listRoomUse(t.repo, SATURDAY_ROOM);
    expect(ownUse.map((u) => u.id)).toEqual(['offer-038']);
    const series = await t.repo.get<any>(entities.roomBooking, 'raumbuchung-frauencafe');
    const approved = series.occurrences.filter((o: any) => o.status === 'approved');
    expect(approved.length).toBeGreaterThan(20);
    const locks = await readRoomDays(t.repo, SATURDAY_ROOM, approved[0].date, approved.at(-1).date);
    expect([...locks.keys()].sort()).toEqual(approved.map((o: any) => o.date));
    for (const o of approved) expect(locks.get(o.date)!.held).toEqual([{ bookingId: series.id, occurrenceId: o.id, start: '15:00', end: '17:00', from: 900, to: 1035 }]);
    const bookings = await t.repo.listAll<any>(entities.roomBooking);
    expect(bookings.filter((b) => b.status === 'pending').map((b) => `${b.bookerKind} ${isOverdue(b, today)}`).sort()).toEqual(['partner false', 'residents-group true']);
    // The Gruppenraum as the public sees it: a Tuesday taken by the series (with its buffer), a Thursday by the offer,
    // and a Saturday, three days ahead or later, free all afternoon.
    const centre = await t.repo.get<any>(entities.centre, 'stz-norden');
    const input = { hours: centre, held: heldByDay(locks), ownUse };
    const from = berlinToday(today);
    const nextOf = (weekday: number, after: string) => {
      let d = after;
      while (new Date(`${d}T12:00:00Z`).getUTCDay() !== weekday || dayAvailability(input, d, from).reason !== 'regular') d = addDays(d, 1);
      return d;
    };
    const tuesday = approved.find((o: any) => o.date > from).date;
    expect(dayAvailability(input, tuesday, from).taken.map((i) => `${i.from}-${i.to}`)).toEqual(['15:00-17:00']);
    expect(dayAvailability(input, nextOf(4, from), from).taken.map((i) => `${i.from}-${i.to}`)).toEqual(['15:00-17:00']);
    expect(dayAvailability(input, nextOf(6, addDays(from, 3)), from).free.map((i) => `${i.from}-${i.to}`)).toEqual(['10:00-18:00']);

    const second = await applySeed(t.repo, allSeedItems(today));
    expect(second).toEqual({ created: 0, existing: items.length });
    expect(await count('measurement')).toBe(measurements);
  }, 120000); // seeds ~1,500 items twice; slow when the machine is busy

  it('a start in a later month adds nothing: the demo data stays laid out around the first day it was seeded', async () => {
    const s = await freshTable();
    const first = await seedDemo(s.repo, new Date('2027-01-01T00:30:00+01:00'));
    expect(first.created).toBeGreaterThan(1000);
    // Meetings that took place (a public festival is announced ahead, as a sign-up activity is).
    const meetings = (await s.repo.listAll<any>(entities.meeting)).filter((m) => !m.public).map((m) => m.date as string).sort();
    expect(meetings[meetings.length - 1].slice(0, 7)).toBe('2026-12');
    const later = await seedDemo(s.repo, new Date('2027-03-30T10:00:00+02:00'));
    expect(later).toMatchObject({ created: 0, existing: first.created + first.existing });
    expect(later.anchoredAt.toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect((await s.repo.listAll<any>(entities.meeting)).filter((m) => !m.public).length).toBe(meetings.length);
  }, 180000);
});
