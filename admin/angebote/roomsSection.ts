/**
 * The rooms on a centre's public page (issue 34): each room's facts, its house rules, and when it is
 * free or taken for the next eight weeks, a week at a time with buttons for the previous and next week.
 * Each day is a line of words ("frei 10:00–14:00 Uhr", "belegt 15:00–17:00 Uhr", "geschlossen"), never
 * colour alone, and only *belegt*, never who. Rooms anyone may ask for link to the request form
 * (?seite=raum&id=…&zentrum=…); each room's occupancy is also a calendar feed.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { finderLink } from './core';
import { inGerman, type T } from './i18n';
import { paragraphs } from './areaPage';
import { centreRooms, roomCalendarUrl, RoomFacts, type CentreRooms, type PublicRoom, type RoomDay } from './roomFacts';
import { calendarDay, timeSpan } from './when';

const WEEK = 7;

export function RoomsSection({ t, centreId }: { t: T; centreId: string }) {
  const [rooms, setRooms] = useState<CentreRooms | 'error'>();
  useEffect(() => {
    let live = true;
    setRooms(undefined);
    centreRooms(centreId).then(
      (r) => live && setRooms(r ?? { centreId, from: '', to: '', rooms: [] }),
      () => live && setRooms('error'),
    );
    return () => {
      live = false;
    };
  }, [centreId]);
  // A centre without rooms (or whose rooms could not be had) shows no section; the error is said where the rooms would be.
  if (rooms === undefined) return null;
  if (rooms === 'error') return html`<h3>${t('room.heading')}</h3><p role="alert">${t('room.error')}</p>`;
  if (!rooms.rooms.length) return null;
  return html`<section class="rooms" aria-labelledby="rooms-title" data-testid="rooms">
    <h3 id="rooms-title">${t('room.heading')}</h3>
    <p class="intro">${t('room.intro')}</p>
    ${rooms.rooms.map((room) => html`<${Room} key=${room.id} t=${t} room=${room} centreId=${centreId} />`)}
  </section>`;
}

function Room({ t, room, centreId }: { t: T; room: PublicRoom; centreId: string }) {
  const titleId = `room-${room.id}`;
  return html`<section class="room" aria-labelledby=${titleId}>
    <h4 id=${titleId} ...${inGerman(t)}>${room.name}</h4>
    <${RoomFacts} t=${t} room=${room} />
    ${room.houseRules
      ? html`<details class="house-rules"><summary>${t('room.houseRules')}</summary>${paragraphs(room.houseRules, inGerman(t))}</details>`
      : null}
    <${Week} t=${t} room=${room} />
    <p class="room-links noprint">
      ${room.whoMayAsk === 'public'
        ? html`<a class="button" ...${finderLink({ seite: 'raum', id: room.id, zentrum: centreId })} aria-describedby=${titleId}>${t('room.ask')}</a>`
        : html`<span>${room.whoMayAsk === 'partners' ? t('room.askPartners') : t('room.askStaff')}</span>`}
      <a href=${roomCalendarUrl(room.id)} download aria-describedby=${titleId}>${t('room.calendar')}</a>
    </p>
  </section>`;
}

/** One week of a room's eight, with the buttons to move; the heading of the week says which it is. */
function Week({ t, room }: { t: T; room: PublicRoom }) {
  const weeks = Math.max(1, Math.ceil(room.days.length / WEEK));
  const [week, setWeek] = useState(0);
  const days = room.days.slice(week * WEEK, week * WEEK + WEEK);
  if (!days.length) return null;
  const short = (day: string) => calendarDay(t, day, { day: 'numeric', month: 'numeric' });
  const move = (by: number) => setWeek((w) => Math.min(weeks - 1, Math.max(0, w + by)));
  const id = `week-${room.id}`;
  return html`<div class="room-week" role="group" aria-labelledby=${id}>
    <p class="week-label" id=${id} aria-live="polite"><strong>${t('room.week', { from: short(days[0]!.date), to: short(days[days.length - 1]!.date), number: week + 1, count: weeks })}</strong></p>
    <p class="week-nav">
      <button type="button" class="secondary" aria-disabled=${week === 0 ? 'true' : undefined} onClick=${() => move(-1)}>${t('room.prevWeek')}</button>
      <button type="button" class="secondary" aria-disabled=${week === weeks - 1 ? 'true' : undefined} onClick=${() => move(1)}>${t('room.nextWeek')}</button>
    </p>
    <ul class="room-days">${days.map((d) => html`<li><${Day} t=${t} day=${d} /></li>`)}</ul>
  </div>`;
}

/** A day in words: its free and taken times in the order of the day, or that the centre is closed. */
function Day({ t, day }: { t: T; day: RoomDay }) {
  const name = calendarDay(t, day.date, { weekday: 'short', day: 'numeric', month: 'numeric' });
  const slots = [...day.free.map((i) => ({ ...i, free: true })), ...day.taken.map((i) => ({ ...i, free: false }))].sort((a, b) => a.from.localeCompare(b.from));
  return html`<span class="day-name">${name}</span>
    ${slots.length
      ? html`<ul class="slots">${slots.map((s) => html`<li class=${s.free ? 'slot free' : 'slot taken'}>
          <span class="slot-mark" aria-hidden="true">${s.free ? '○' : '●'}</span> <strong>${s.free ? t('room.slotFree') : t('room.slotTaken')}</strong> <span class="slot-time">${timeSpan(t, s.from, s.to)}</span>
        </li>`)}</ul>`
      : html`<span class="slot closed">${t('centre.closedOn')}${day.holiday ? html` (<span ...${inGerman(t)}>${day.holiday}</span>)` : null}</span>`}`;
}
