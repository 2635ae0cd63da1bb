/**
 * A centre's rooms as the public API gives them (GET /v1/public/centres/{id}/rooms, issue 34), and what
 * the centre's page and the request form both say of a room: its size, equipment, accessibility, the
 * rules for asking, and what it costs whom. Fees are shown in euros, never charged here.
 */
import { html } from 'htm/preact';
import type * as z from 'zod';
import type { PublicCentreRooms } from '../../shared/contract/routes/public';
import { api, getJson } from './core';
import { isolate, type Key, type T } from './i18n';
import { timeSpan } from './when';

export type CentreRooms = z.infer<typeof PublicCentreRooms>;
export type PublicRoom = CentreRooms['rooms'][number];
export type RoomDay = PublicRoom['days'][number];

/** The centre's rooms with eight weeks of free and taken times; undefined when there is no such centre. */
export const centreRooms = async (centreId: string): Promise<CentreRooms | undefined> => (await getJson(`/public/centres/${encodeURIComponent(centreId)}/rooms`)).body;

/** The room's occupancy as an iCalendar feed ("Belegt" only). */
export const roomCalendarUrl = (roomId: string) => api(`/public/rooms/${encodeURIComponent(roomId)}/calendar.ics`);

/** "Bewohnergruppe oder Initiative", … : the kinds of booker in the page's language. */
export const kindLabel = (t: T, kind: string) => t(`room.kind.${kind}` as Key);

export const euros = (t: T, cents: number) => isolate(t, new Intl.NumberFormat(t.locale, { style: 'currency', currency: 'EUR' }).format(cents / 100));

/** What a kind of booker pays, in words ("20,00 € je Termin"), or undefined where it uses the room free of charge. */
export function feeOf(t: T, room: Pick<PublicRoom, 'fees'>, kind: string): string | undefined {
  const fee = room.fees.find((f) => f.bookerKind === kind && f.cents > 0);
  return fee ? t(fee.per === 'hour' ? 'room.perHour' : 'room.perOccurrence', { amount: euros(t, fee.cents) }) : undefined;
}

/** "10:00–14:00 Uhr, 15:00–18:00 Uhr" */
export const spans = (t: T, intervals: { from: string; to: string }[]) =>
  new Intl.ListFormat(t.locale, { type: 'unit' }).format(intervals.map((i) => timeSpan(t, i.from, i.to)));

/** A room's facts, as a list: people, size, equipment, accessibility, the rules for asking, the costs. */
export function RoomFacts({ t, room }: { t: T; room: PublicRoom }) {
  const list = (items: string[]) => new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(items);
  const paid = room.fees.filter((f) => f.cents > 0);
  return html`<ul class="room-facts">
    <li>${t('room.capacity', { count: room.capacity })}${room.sizeSqm ? `, ${t('room.size', { size: room.sizeSqm })}` : ''}</li>
    ${room.equipment.length ? html`<li><strong>${t('room.equipment')}:</strong> ${list(room.equipment.map((e) => t(`room.equip.${e}` as Key)))}</li>` : null}
    <li><strong>${t('access')}:</strong> ${room.accessibility.length ? list(room.accessibility.map((a) => t(`room.need.${a}` as Key))) : t('room.accessNone')}</li>
    <li><strong>${t('room.asking')}:</strong> ${room.leadDays > 0 ? t('room.leadDays', { count: room.leadDays }) : t('room.leadNone')}; ${t('room.maxHours', { count: room.maxHours })}</li>
    <li><strong>${t('room.costs')}:</strong> ${paid.length
      ? html`${paid.map((f) => html`${kindLabel(t, f.bookerKind)}: ${feeOf(t, room, f.bookerKind)}; `)}${t('room.freeForOthers')}`
      : t('room.costFree')}</li>
  </ul>`;
}
