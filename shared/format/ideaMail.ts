/**
 * The German e-mail to a resident who left an address with their idea: it arrived, nothing is public
 * before staff have read it, and the status link (shown once on the page, kept in this e-mail).
 */
import { tenantFacts } from '../tenancy/scope.ts';
import { escapeHtml as esc } from './html.ts';

export function ideaReceivedMail(opts: { statusUrl: string; name?: string }): { subject: string; text: string; html: string } {
  const greeting = opts.name ? `Guten Tag ${opts.name},` : 'Guten Tag,';
  const lines = [
    'vielen Dank für Ihr Anliegen. Es ist bei der Stadtteilarbeit angekommen.',
    'Veröffentlicht wird es erst, wenn jemand aus dem Team es gelesen hat. Wie es steht und welche Antwort es gibt, sehen Sie jederzeit unter diesem Link. Dort können Sie auch Ihre Kontaktdaten löschen.',
  ];
  return {
    subject: 'Ihr Anliegen ist angekommen',
    text: [greeting, '', ...lines, '', opts.statusUrl, '', `Ihre ${tenantFacts().title}`].join('\n'),
    html: `<!doctype html><html lang="de"><body style="font-family:Arial,Helvetica,sans-serif;color:#212121"><p>${esc(greeting)}</p>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}<p><a href="${esc(opts.statusUrl)}">${esc(opts.statusUrl)}</a></p><p>Ihre ${esc(tenantFacts().title)}</p></body></html>`,
  };
}
