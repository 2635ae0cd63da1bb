/**
 * The German e-mails of a sign-up: the link to confirm (double opt-in), the confirmation with the
 * calendar file, the waiting list, moving up, and the reminder the day before (framed by residentMail.ts).
 */
import { residentMail } from './residentMail.ts';
import type { Activity } from '../schemas/activity.ts';
import { dateLabel } from '../time/months.ts';
import { CONFIRM_HOURS } from '../domain/signUps.ts';

export type SignUpMailKind = 'confirm' | 'confirmed' | 'waitlisted' | 'moved-up' | 'reminder';

interface Context { activity: Pick<Activity, 'title' | 'date' | 'startTime' | 'endTime' | 'meetingPoint'>; link: string; calendar: string; name?: string }

const when = (a: Context['activity']) => `am ${dateLabel(`${a.date}T12:00:00Z`)}${a.startTime ? `, ${a.startTime}${a.endTime ? `–${a.endTime}` : ''} Uhr` : ''}`;

const TEXTS: Record<SignUpMailKind, (c: Context) => { subject: string; lines: string[]; action?: string }> = {
  confirm: (c) => ({
    subject: `Bitte bestätigen Sie Ihre Anmeldung: ${c.activity.title}`,
    lines: [`Sie haben sich für „${c.activity.title}“ ${when(c.activity)} angemeldet.`, `Bitte bestätigen Sie die Anmeldung über den Link. Erst dann ist ein Platz für Sie reserviert. Der Link ist ${CONFIRM_HOURS} Stunden gültig.`, `Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: Ohne Bestätigung werden Name und E-Mail-Adresse nach ${CONFIRM_HOURS} Stunden gelöscht.`],
    action: 'Anmeldung bestätigen',
  }),
  confirmed: (c) => ({
    subject: `Ihr Platz ist reserviert: ${c.activity.title}`,
    lines: [`Ihre Anmeldung für „${c.activity.title}“ ${when(c.activity)} ist bestätigt.`, c.activity.meetingPoint ? `Treffpunkt: ${c.activity.meetingPoint}` : '', `Für Ihren Kalender: ${c.calendar}`, 'Wenn Sie doch nicht kommen können, sagen Sie bitte über den Link ab. Dann rückt jemand von der Warteliste nach.'],
    action: 'Anmeldung ansehen oder absagen',
  }),
  waitlisted: (c) => ({
    subject: `Warteliste: ${c.activity.title}`,
    lines: [`Für „${c.activity.title}“ ${when(c.activity)} sind im Moment alle Plätze vergeben. Sie stehen auf der Warteliste.`, 'Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.'],
    action: 'Anmeldung ansehen oder absagen',
  }),
  'moved-up': (c) => ({
    subject: `Sie sind nachgerückt: ${c.activity.title}`,
    lines: [`Es ist ein Platz frei geworden: Ihre Anmeldung für „${c.activity.title}“ ${when(c.activity)} ist jetzt bestätigt.`, `Für Ihren Kalender: ${c.calendar}`],
  }),
  reminder: (c) => ({
    subject: `Morgen: ${c.activity.title}`,
    lines: [`Wir freuen uns auf Sie: „${c.activity.title}“ ${when(c.activity)}.`, c.activity.meetingPoint ? `Treffpunkt: ${c.activity.meetingPoint}` : '', 'Wenn Sie doch nicht kommen können, sagen Sie bitte über den Link in Ihrer Bestätigung ab.'],
  }),
};

export function signUpMail(kind: SignUpMailKind, c: Context): { subject: string; text: string; html: string } {
  return residentMail({ ...TEXTS[kind](c), name: c.name, link: c.link });
}
