/**
 * Retention of room bookings (issue 34) against DynamoDB Local: 90 Berlin days after a booking's last
 * day its contact and key holder are removed by an audited update; the booking stays and is still
 * counted; a public request never confirmed loses its contact 48 hours after it was made. Days by hand:
 * a single booking on Thursday 21 January 2027 is due from 22 April (21 January + 90 days = 21 April).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { accessPatterns } from '../../shared/db/accessPatterns.ts';
import { subjectRefs } from '../../shared/db/subjectStore.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { loadCentreUse } from '../../shared/metrics/roomUse.ts';
import { hoursBy } from '../../shared/domain/roomUse.ts';
import { anonymiseOldRoomBookings } from '../../functions/reports/roomRetention.ts';
import { freshTable } from '../support/db.ts';
import { startMinimalApi } from '../support/api.ts';

let repo: Repository;
const ACTOR = { actor: 'system:test' };
const occ = (date: string, status = 'approved') => ({ id: date, date, startTime: '10:00', endTime: '12:00', status });
const booking = (id: string, at: string, over: Record<string, unknown>) =>
  repo.create(entities.roomBooking, {
    roomId: 'raum', centreId: 'zentrum', socialSpaceId: 'norden', purpose: 'Gruppentreffen', bookerKind: 'residents-group', groupName: `Gruppe ${id}`, expectedPeople: 8, accessibilityNeeds: [],
    date: '2027-01-21', startTime: '10:00', endTime: '12:00', occurrences: [occ('2027-01-21')], status: 'approved', contact: { name: 'Erika Muster', email: `${id}@example.org`, phone: '02381 123456' },
    ...over,
  }, { ...ACTOR, id, at });
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  ({ repo } = await freshTable());
  await repo.create(entities.socialSpace, { name: 'Norden', districtIds: [] }, { ...ACTOR, id: 'norden' });
  await repo.create(entities.centre, { name: 'Zentrum', socialSpaceId: 'norden', address: { street: 'Nordstraße 1', postalCode: '59065', city: 'Hamm' }, openingHours: [{ freq: 'DAILY', opens: '08:00', closes: '20:00' }], exceptions: [] }, { ...ACTOR, id: 'zentrum' });
  await repo.create(entities.room, { centreId: 'zentrum', socialSpaceId: 'norden', name: 'Saal', capacity: 20, equipment: [], accessibility: [], whoMayAsk: 'public', leadDays: 0, maxHours: 4, bufferBeforeMin: 0, bufferAfterMin: 0, fees: [] }, { ...ACTOR, id: 'raum' });
  await booking('einmal', '2027-01-04T10:00:00.000Z', { keyGivenTo: 'Herr Beispiel', keyGivenAt: '2027-01-20T09:00:00.000Z', answeredAt: '2027-01-05T10:00:00.000Z' });
  // A series whose last occurrence (refused) is 4 February: due from 6 May.
  await booking('serie', '2027-01-04T10:00:00.000Z', { occurrences: [occ('2027-01-21'), occ('2027-01-28'), occ('2027-02-04', 'refused')] });
  // Asked through the finder on 20 April 10:00 UTC and never confirmed: due from 22 April 10:00 UTC.
  await booking('unbestaetigt', '2027-04-20T10:00:00.000Z', { status: 'unconfirmed', date: '2027-06-03', occurrences: [occ('2027-06-03', 'pending')] });
  // The centre's own booking: no contact, nothing to remove.
  await booking('eigen', '2027-01-04T10:00:00.000Z', { bookerKind: 'staff', contact: undefined });
}, 60000);

describe('room booking retention', () => {
  it('removes nothing before its day', async () => {
    expect(await anonymiseOldRoomBookings(repo, at('2027-04-21T20:00:00.000Z'))).toEqual([]);
  });

  it("removes the contact and key holder of a booking 90 days after its last day, and of an unconfirmed request after 48 hours; the booking stays and counts", async () => {
    const before = await repo.get<any>(entities.roomBooking, 'einmal');
    const hoursBefore = hoursBy(await loadCentreUse(repo, ['2027-01']), ['residents-group']);
    // 21 January (einmal) and 21 and 28 January (serie), two hours each.
    expect(hoursBefore).toEqual({ hours: 6, groups: 2 });

    expect((await anonymiseOldRoomBookings(repo, at('2027-04-22T10:01:00.000Z'))).sort()).toEqual(['einmal', 'unbestaetigt']);

    const after = await repo.get<any>(entities.roomBooking, 'einmal');
    expect(after.contact).toBeUndefined();
    expect(after.keyGivenTo).toBeUndefined();
    expect(after).toMatchObject({ anonymised: true, version: before.version + 1, updatedBy: 'system:retention', status: 'approved', groupName: 'Gruppe einmal', keyGivenAt: '2027-01-20T09:00:00.000Z', answeredAt: '2027-01-05T10:00:00.000Z' });
    expect(after.occurrences).toEqual(before.occurrences);
    const unconfirmed = await repo.get<any>(entities.roomBooking, 'unbestaetigt');
    expect(unconfirmed).toMatchObject({ status: 'unconfirmed', anonymised: true });
    expect(unconfirmed.contact).toBeUndefined();
    // Not due yet: the series, and the staff booking (nothing to remove).
    expect((await repo.get<any>(entities.roomBooking, 'serie')).contact.email).toBe('serie@example.org');
    expect((await repo.get<any>(entities.roomBooking, 'eigen')).anonymised).toBeUndefined();

    // The data-subject search no longer finds the address; the audit entry records the change without the values.
    expect(await subjectRefs(repo, { kind: 'email', value: 'einmal@example.org' })).toEqual([]);
    expect(await subjectRefs(repo, { kind: 'email', value: 'serie@example.org' })).toHaveLength(1);
    const audit = await repo.queryAll<any>(accessPatterns.auditOfEntity('roomBooking', 'einmal'));
    const entry = audit.find((e) => e.actor === 'system:retention');
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain('einmal@example.org');
    expect(JSON.stringify(audit)).not.toContain('Herr Beispiel');

    // Still counted: the same hours and groups as before.
    expect(hoursBy(await loadCentreUse(repo, ['2027-01']), ['residents-group'])).toEqual(hoursBefore);
  });

  it('takes the last day of a series, and runs again without touching what is done', async () => {
    expect(await anonymiseOldRoomBookings(repo, at('2027-05-05T10:00:00.000Z'))).toEqual([]);
    expect(await anonymiseOldRoomBookings(repo, at('2027-05-06T10:00:00.000Z'))).toEqual(['serie']);
    const version = (await repo.get<any>(entities.roomBooking, 'einmal')).version;
    expect(await anonymiseOldRoomBookings(repo, at('2027-12-01T10:00:00.000Z'))).toEqual([]);
    expect((await repo.get<any>(entities.roomBooking, 'einmal')).version).toBe(version);
  });
});

describe('the hourly run of the reports function', () => {
  it('anonymises the room bookings that are due, with the other retention', async () => {
    const { api } = await startMinimalApi();
    try {
      const address = { street: 'Weststraße 1', postalCode: '59067', city: 'Hamm' };
      await api.repo.create(entities.centre, { name: 'Stundenlauf', socialSpaceId: 'westen', address, openingHours: [], exceptions: [] }, { ...ACTOR, id: 'stundenlauf' });
      await api.repo.create(entities.room, { centreId: 'stundenlauf', socialSpaceId: 'westen', name: 'Raum', capacity: 10, equipment: [], accessibility: [], whoMayAsk: 'public', leadDays: 0, maxHours: 4, bufferBeforeMin: 0, bufferAfterMin: 0, fees: [] }, { ...ACTOR, id: 'stundenlauf-raum' });
      // Long past whatever day the test runs on.
      await api.repo.create(entities.roomBooking, {
        roomId: 'stundenlauf-raum', centreId: 'stundenlauf', socialSpaceId: 'westen', purpose: 'Treffen', bookerKind: 'residents-group', expectedPeople: 5, accessibilityNeeds: [],
        date: '2025-01-10', startTime: '10:00', endTime: '11:00', occurrences: [occ('2025-01-10')], status: 'approved', contact: { email: 'stundenlauf@example.org' },
      }, { ...ACTOR, id: 'stundenlauf-buchung', at: '2025-01-02T10:00:00.000Z' });
      const { scheduled } = await import('../../functions/reports/handler.ts');
      const run = (await scheduled({ kind: 'catch-up' })) as { roomBookingsAnonymised: string[] };
      expect(run.roomBookingsAnonymised).toEqual(['stundenlauf-buchung']);
      expect((await api.repo.get<any>(entities.roomBooking, 'stundenlauf-buchung')).anonymised).toBe(true);
    } finally {
      await api.close();
    }
  });
});
