/**
 * The rooms rows of `npm run bench` (issue 34), through the local server as the admin and the public:
 * a centre's availability (`GET /v1/public/centres/{id}/rooms`: five rooms, eight weeks) alternating
 * with the centre's public record, and an approval of a fresh pending request alternating with a read
 * of that request. The centre is the bench's own: five rooms, each used by a weekly offer (pattern 36)
 * and held by an approved weekly series (day locks, pattern 35), so the availability reads both.
 */
import { now } from '../../shared/time/clock.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { addDays, isHoliday } from '../../shared/time/workingDays.ts';

const N = 30;
const WARM_UP = 5;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

export async function roomRows(apiUrl: string, token: string): Promise<string[]> {
  const call = async (path: string, init: RequestInit & { auth?: boolean } = {}) => {
    const headers = { 'Content-Type': 'application/json', ...(init.auth === false ? {} : { Authorization: `Bearer ${token}` }) };
    const res = await fetch(`${apiUrl}${path}`, { ...init, headers });
    return { status: res.status, body: await res.json().catch(() => undefined) };
  };
  const post = async (path: string, body: unknown, want = 201) => {
    const res = await call(path, { method: 'POST', body: JSON.stringify(body) });
    if (res.status !== want) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  // The centre: open on weekdays into the evening and on Saturdays; each room has its weekday.
  const centre = await post('/centres', {
    name: 'Bench-Zentrum mit fünf Räumen', socialSpaceId: 'norden', address: { street: 'Nordstraße 1', postalCode: '59065', city: 'Hamm' },
    openingHours: [{ freq: 'WEEKLY', byday: [...WEEKDAYS], opens: '08:00', closes: '21:00' }, { freq: 'WEEKLY', byday: ['SA'], opens: '10:00', closes: '18:00' }],
  });
  const today = berlinToday(now());
  const firstOn = (weekday: number, from: string) => {
    let d = from;
    while (weekdayOf(d) !== weekday || isHoliday(d)) d = addDays(d, 1);
    return d;
  };
  const rooms: { id: string }[] = [];
  for (const [i, day] of WEEKDAYS.entries()) {
    const room = await post('/rooms', { centreId: centre.id, name: `Raum ${i + 1}`, capacity: 20, leadDays: 0, maxHours: 4, bufferAfterMin: 15 });
    rooms.push(room);
    await post('/offers', {
      title: `Bench-Angebot im Raum ${i + 1}`, organisationId: 'caritas', socialSpaceIds: ['norden'], themes: ['Bildung'], targetGroups: ['everyone'],
      centreId: centre.id, roomId: room.id, status: 'published', schedules: [{ freq: 'WEEKLY', byday: [day], opens: '10:00', closes: '12:00' }],
    });
    const series = await post('/room-bookings', {
      roomId: room.id, purpose: `Bench-Gruppe ${i + 1}`, bookerKind: 'residents-group', expectedPeople: 10,
      date: firstOn(i + 1, addDays(today, 1)), startTime: '18:00', endTime: '20:00', recurrence: `FREQ=WEEKLY;BYDAY=${day};COUNT=8`,
    });
    await post(`/room-bookings/${series.id}/approval`, { version: series.version, skipConflicts: true }, 200);
  }

  // The requests to approve, asked beforehand: each its own room and weekday at noon, so none collides.
  const days: string[] = [];
  for (let d = addDays(today, 1); days.length < Math.ceil((N + WARM_UP) / rooms.length); d = addDays(d, 1)) if (weekdayOf(d) >= 1 && weekdayOf(d) <= 5 && !isHoliday(d)) days.push(d);
  const pending: { id: string; version: number }[] = [];
  for (let i = 0; i < N + WARM_UP; i++)
    pending.push(await post('/room-bookings', { roomId: rooms[i % rooms.length].id, purpose: `Bench-Anfrage ${i}`, bookerKind: 'residents-group', expectedPeople: 8, date: days[Math.floor(i / rooms.length)], startTime: '13:00', endTime: '14:00' }));

  const availability = () => call(`/public/centres/${centre.id}/rooms`, { auth: false });
  const record = () => call(`/public/centres/${centre.id}`, { auth: false });
  const answer = (await availability()).body;
  if (answer?.rooms?.length !== 5 || !answer.rooms.every((r: any) => r.days.length === 56 && r.days.some((d: any) => d.taken.length))) throw new Error(`availability answered ${JSON.stringify(answer).slice(0, 400)}`);
  const [avail, read, approve, get]: number[][] = [[], [], [], []];
  const timed = async (out: number[] | undefined, fn: () => Promise<{ status: number; body: any }>, want = 200) => {
    const t = performance.now();
    const res = await fn();
    if (res.status !== want) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body)}`);
    out?.push(performance.now() - t);
  };
  for (let i = 0; i < N + WARM_UP; i++) {
    const keep = i >= WARM_UP;
    await timed(keep ? avail : undefined, availability);
    await timed(keep ? read : undefined, record);
    const b = pending[i];
    await timed(keep ? approve : undefined, () => call(`/room-bookings/${b.id}/approval`, { method: 'POST', body: JSON.stringify({ version: b.version }) }));
    await timed(keep ? get : undefined, () => call(`/room-bookings/${b.id}`));
  }
  const size = Buffer.byteLength(JSON.stringify(answer));
  return [
    '## Rooms (issue 34)',
    '',
    `Through the local server, ${N} of each after ${WARM_UP} to warm up, alternating with the read beside it. The bench's own centre has five rooms, each used by a weekly offer and held by an approved weekly series; its availability is every room's free and taken times for eight weeks, derived on each request from the centre's hours, the rooms' day locks (pattern 35, one Query per room) and their own use (pattern 36, one Query per room). Each approval answers a fresh pending request (its room's day read, the request with its day lock and audit entry in one transaction).`,
    '',
    '| request | p50 | p99 | beside it | its p50 | ÷ its p50 |',
    '|---|---|---|---|---|---|',
    `| \`GET /v1/public/centres/:id/rooms\` (5 rooms × 56 days, ${(size / 1024).toFixed(0)} KiB) | **${ms(q(avail, 50))}** | ${ms(q(avail, 99))} | \`GET /v1/public/centres/:id\` | ${ms(q(read, 50))} | **${(q(avail, 50) / q(read, 50)).toFixed(2)}×** |`,
    `| \`POST /v1/room-bookings/:id/approval\` | **${ms(q(approve, 50))}** | ${ms(q(approve, 99))} | \`GET /v1/room-bookings/:id\` | ${ms(q(get, 50))} | **${(q(approve, 50) / q(get, 50)).toFixed(2)}×** |`,
    '',
  ];
}
