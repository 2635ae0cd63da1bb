/**
 * The German e-mails of a room request (issue 34): the link to confirm the address (double opt-in),
 * the answer (dates approved ("zugesagt": never "bestätigt", which is the address's confirmation) with
 * the house rules and the key pick-up, refused or cancelled with the reason, another time proposed) and the reminder the day before. The approval carries the approved
 * dates as a calendar file (attached by the sender). Framed by residentMail.ts.
 */
import { residentMail } from './residentMail.ts';
import { formatEuro } from './money.ts';
import { dateLabel } from '../time/months.ts';

export type RoomMailKind = 'confirm' | 'approved' | 'refused' | 'cancelled' | 'proposed' | 'reminder';

/** Hours a request may wait for its address to be confirmed before the link expires. */
export const ROOM_CONFIRM_HOURS = 48;

interface Slot { date: string; startTime: string; endTime: string }
interface Context {
  purpose: string;
  room: { name: string; houseRules?: string; keyPickup?: string };
  centre: { name: string; address?: string };
  /** The occurrences this mail is about (approved, refused, proposed or tomorrow's). */
  slots: (Slot & { reason?: string; proposal?: Slot & { note?: string } })[];
  feeCents?: number;
  /** Dates of the request still waiting for an answer (an approval of some of them says so). */
  stillOpen?: number;
  link: string;
  name?: string;
}

const when = (s: Slot) => `${dateLabel(`${s.date}T12:00:00Z`)}, ${s.startTime}–${s.endTime} Uhr`;
const place = (c: Context) => `${c.room.name}, ${c.centre.name}${c.centre.address ? `, ${c.centre.address}` : ''}`;
const dates = (c: Context) => c.slots.map((s) => `– ${when(s)}`);
const reasons = (c: Context) => c.slots.map((s) => `– ${when(s)}${s.reason ? `: ${s.reason}` : ''}`);

const TEXTS: Record<RoomMailKind, (c: Context) => { subject: string; lines: string[]; action: string }> = {
  confirm: (c) => ({
    subject: `Bitte bestätigen Sie Ihre Raumanfrage: ${c.room.name}`,
    lines: [
      `Sie haben den Raum „${c.room.name}“ (${c.centre.name}) für „${c.purpose}“ angefragt:`,
      ...dates(c),
      `Bitte bestätigen Sie die Anfrage über den Link. Erst dann sieht das Team des Zentrums sie. Der Link ist ${ROOM_CONFIRM_HOURS} Stunden gültig.`,
      `Wenn Sie nichts angefragt haben, müssen Sie nichts tun: Ohne Bestätigung werden Ihre Angaben gelöscht.`,
    ],
    action: 'Anfrage bestätigen',
  }),
  approved: (c) => ({
    subject: `Raum zugesagt: ${c.room.name}`,
    lines: [
      `Für „${c.purpose}“ sind diese Termine zugesagt. Ort: ${place(c)}.`,
      ...dates(c),
      c.stillOpen ? 'Über die übrigen Termine Ihrer Anfrage entscheiden wir noch.' : '',
      c.feeCents ? `Nutzungsentgelt je Termin: ${formatEuro(c.feeCents)}.` : '',
      c.room.keyPickup ? `Schlüssel: ${c.room.keyPickup}` : '',
      c.room.houseRules ? `Hausordnung: ${c.room.houseRules}` : '',
      'Die Termine finden Sie als Kalenderdatei im Anhang. Wenn Sie einen Termin nicht brauchen, sagen Sie ihn bitte über den Link ab.',
    ],
    action: 'Anfrage ansehen oder absagen',
  }),
  refused: (c) => ({
    subject: `Raumanfrage nicht möglich: ${c.room.name}`,
    lines: [`Den Raum „${c.room.name}“ (${c.centre.name}) können wir Ihnen für „${c.purpose}“ leider nicht zur Verfügung stellen:`, ...reasons(c)],
    action: 'Anfrage ansehen',
  }),
  cancelled: (c) => ({
    subject: `Termin abgesagt: ${c.room.name}`,
    lines: [`Leider müssen wir zugesagte Termine für „${c.purpose}“ im Raum „${c.room.name}“ (${c.centre.name}) absagen:`, ...reasons(c)],
    action: 'Anfrage ansehen',
  }),
  proposed: (c) => ({
    subject: `Anderer Termin vorgeschlagen: ${c.room.name}`,
    lines: [
      `Für „${c.purpose}“ im Raum „${c.room.name}“ (${c.centre.name}) schlagen wir eine andere Zeit vor:`,
      ...c.slots.flatMap((s) => (s.proposal ? [`– statt ${when(s)}: ${when(s.proposal)}${s.proposal.note ? ` (${s.proposal.note})` : ''}`] : [])),
      'Bitte sagen Sie uns über den Link, ob die Zeit passt.',
    ],
    action: 'Vorschlag ansehen',
  }),
  reminder: (c) => ({
    subject: `Morgen: ${c.room.name}`,
    lines: [`Zur Erinnerung: Morgen nutzen Sie den Raum für „${c.purpose}“. Ort: ${place(c)}.`, ...dates(c), c.room.keyPickup ? `Schlüssel: ${c.room.keyPickup}` : '', 'Wenn Sie den Raum doch nicht brauchen, sagen Sie bitte über den Link ab.'],
    action: 'Anfrage ansehen oder absagen',
  }),
};

export function roomMail(kind: RoomMailKind, c: Context): { subject: string; text: string; html: string } {
  return residentMail({ ...TEXTS[kind](c), name: c.name, link: c.link });
}
