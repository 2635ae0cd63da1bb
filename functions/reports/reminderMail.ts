/**
 * The reminder digest as e-mail: German, HTML (tables and inline CSS, ≤ 640 px) and plain text,
 * one section per kind, each stale offer with its "still current" link.
 */
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { escapeHtml as esc } from '../../shared/format/html.ts';
import { REMINDER_DE } from '../../shared/format/labels.ts';
import { longDateDe, monthLabel } from '../../shared/time/months.ts';
import type { ReminderKind } from '../../shared/schemas/user.ts';
import { reportDay } from '../../shared/time/workingDays.ts';

export interface DigestLine {
  text: string;
  /** A date the line refers to: last review of an offer, due date of an agreement. */
  since?: string;
  link?: string;
}
export interface Digest {
  recipient: string;
  email: string;
  name?: string;
  items: Record<ReminderKind, DigestLine[]>;
}

const day = longDateDe;

const NOTE: Record<ReminderKind, (l: DigestLine) => string> = {
  'missing-values': () => '',
  'stale-offers': (l) => (l.since ? `zuletzt geprüft am ${day(l.since)}` : 'noch nie geprüft'),
  agreements: (l) => (l.since ? `fällig am ${day(l.since)}` : ''),
  reviews: () => '',
};
const KINDS: ReminderKind[] = ['missing-values', 'stale-offers', 'agreements', 'reviews'];

export function renderDigest(d: Digest, month: string): { subject: string; text: string; html: string } {
  const kinds = KINDS.filter((k) => d.items[k].length);
  const count = kinds.reduce((n, k) => n + d.items[k].length, 0);
  const due = day(reportDay(month));
  const greeting = d.name && d.recipient.startsWith('user:') ? `Guten Tag ${d.name},` : 'Guten Tag,';
  const intro = `am ${due} geht der Zielbericht für ${monthLabel(month)} hinaus. Bis dahin ${count === 1 ? 'ist ein Punkt' : `sind ${count} Punkte`} offen:`;
  const subject = `Erinnerung vor dem Zielbericht ${monthLabel(month)}: ${count === 1 ? '1 offener Punkt' : `${count} offene Punkte`}`;
  const settings = d.recipient.startsWith('user:')
    ? 'Welche Erinnerungen Sie erhalten, stellen Sie in der Verwaltung unter „Meine Einstellungen“ ein.'
    : `${d.recipient.startsWith('org:') ? 'Die fehlenden Meldungen geben Sie wie gewohnt über die Schnittstelle der Stadtteilarbeit mit dem API-Schlüssel Ihrer Organisation ab. ' : ''}Sie erhalten diese Erinnerung als Kontakt Ihrer Organisation bei der ${tenantFacts().title}.`;

  const text = [greeting, '', intro];
  for (const k of kinds) {
    text.push('', REMINDER_DE[k].toUpperCase());
    for (const l of d.items[k]) {
      const note = NOTE[k](l);
      text.push(`- ${l.text}${note ? ` (${note})` : ''}`);
      if (l.link) text.push(`  Noch aktuell? Bestätigen: ${l.link}`);
    }
  }
  text.push('', settings, '', `${tenantFacts().name} · Stadtteilarbeit`);

  const sections = kinds
    .map((k) => {
      const rows = d.items[k]
        .map((l) => {
          const note = NOTE[k](l);
          const link = l.link ? `<br><a href="${esc(l.link)}" style="color:#0d47a1">Noch aktuell? Hier bestätigen</a>` : '';
          return `<tr><td style="padding:6px 0;border-top:1px solid #e0e0e0;font-size:14px">${esc(l.text)}${note ? `<br><span style="color:#616161;font-size:12px">${esc(note)}</span>` : ''}${link}</td></tr>`;
        })
        .join('');
      return `<h2 style="font-size:16px;margin:20px 0 4px">${esc(REMINDER_DE[k])}</h2><table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse">${rows}</table>`;
    })
    .join('');
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:0;background:#f0f2f5;font-family:Arial,Helvetica,sans-serif;color:#212121"><table role="presentation" cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" style="padding:8px">
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="max-width:640px;background:#ffffff;border-collapse:collapse"><tr><td style="padding:14px 18px;background:#0d47a1;color:#ffffff;font-size:18px;font-weight:bold">Erinnerung vor dem Zielbericht ${esc(monthLabel(month))}</td></tr>
<tr><td style="padding:12px 18px;font-size:14px"><p>${esc(greeting)}</p><p>${esc(intro)}</p>${sections}<p style="font-size:12px;color:#616161;margin-top:20px">${esc(settings)}</p></td></tr></table></td></tr></table></body></html>`;
  return { subject, text: text.join('\n'), html };
}
