/**
 * The German pages behind a "still current" link: the question, the thanks, and one page for
 * each reason a link does nothing (tampered, expired, used, offer changed or gone). Plain HTML
 * with a form, no script, readable on a phone (the link is opened from an e-mail).
 */
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { escapeHtml as esc } from '../../shared/format/html.ts';
import { createHash } from 'node:crypto';
import { longDateDe } from '../../shared/time/months.ts';

const day = (iso?: string) => (iso ? longDateDe(iso) : undefined);

const STYLE = 'body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f0f2f5;color:#212121}main{max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:4px}h1{font-size:22px;margin-top:0}p{line-height:1.5}button{font-size:16px;padding:10px 18px;background:#0d47a1;color:#fff;border:0;border-radius:4px;cursor:pointer}button:focus-visible{outline:3px solid #ff9800;outline-offset:2px}.meta{color:#424242}';

/** The pages' Content-Security-Policy: their one style block (by hash) and their form posting to the same address. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} – ${esc(tenantFacts().title)}</title>
<style>${STYLE}</style></head>
<body><main><p class="meta">${esc(tenantFacts().name)} · Stadtteilarbeit</p><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

export type LinkProblem = 'tampered' | 'expired' | 'used' | 'changed' | 'gone';

export const PROBLEM_STATUS: Record<LinkProblem, number> = { tampered: 400, expired: 410, used: 409, changed: 409, gone: 410 };

const PROBLEM_TEXT: Record<LinkProblem, [string, string]> = {
  tampered: ['Dieser Link ist ungültig', 'Der Link ist unvollständig oder wurde verändert. Bitte öffnen Sie ihn direkt aus der E-Mail oder melden Sie sich an, um das Angebot zu prüfen.'],
  expired: ['Dieser Link ist abgelaufen', 'Links zur Bestätigung gelten 14 Tage. Sie erhalten mit der nächsten Erinnerung einen neuen Link, oder Sie melden sich an und bestätigen das Angebot dort.'],
  used: ['Dieser Link wurde bereits verwendet', 'Das Angebot wurde mit diesem Link schon bestätigt. Es ist nichts weiter zu tun.'],
  changed: ['Das Angebot wurde inzwischen geändert', 'Seit der Erinnerung hat jemand das Angebot bearbeitet oder bestätigt. Bitte melden Sie sich an und prüfen Sie den aktuellen Stand.'],
  gone: ['Das Angebot gibt es nicht mehr', 'Das Angebot wurde inzwischen gelöscht. Es ist nichts weiter zu tun.'],
};

export const problemPage = (p: LinkProblem) => page(PROBLEM_TEXT[p][0], `<p>${PROBLEM_TEXT[p][1]}</p><p>Es wurde nichts geändert.</p>`);

// The form posts to the page's own address (no `action`): the same link, behind whatever host served it.
export const questionPage = (offer: { title: string; reviewedAt?: string }) =>
  page(
    'Ist dieses Angebot noch aktuell?',
    `<p><strong>${esc(offer.title)}</strong></p><p class="meta">${offer.reviewedAt ? `Zuletzt geprüft am ${day(offer.reviewedAt)}.` : 'Noch nie geprüft.'}</p>
<p>Stimmen Termine, Ort und Kontakt noch? Dann bestätigen Sie es mit einem Klick. Änderungen nehmen Sie nach der Anmeldung vor.</p>
<form method="post"><button type="submit">Ja, das Angebot ist noch aktuell</button></form>`,
  );

export const thanksPage = (offer: { title: string; reviewedAt?: string }) =>
  page('Vielen Dank!', `<p>Das Angebot <strong>${esc(offer.title)}</strong> ist als aktuell bestätigt (am ${day(offer.reviewedAt)}).</p><p>Sie können dieses Fenster schließen.</p>`);
