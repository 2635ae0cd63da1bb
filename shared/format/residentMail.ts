/**
 * The one frame of the e-mails residents get (sign-ups, room requests): greeting, paragraphs, a
 * button to the link, the tenant's signature; plain text and simple HTML, every value escaped.
 */
import { tenantFacts } from '../tenancy/scope.ts';
import { escapeHtml as esc } from './html.ts';

export function residentMail(m: { subject: string; lines: string[]; name?: string; action?: string; link: string }): { subject: string; text: string; html: string } {
  const body = m.lines.filter(Boolean);
  const greeting = m.name ? `Guten Tag ${m.name},` : 'Guten Tag,';
  const text = [greeting, '', ...body, ...(m.action ? ['', `${m.action}: ${m.link}`] : []), '', `Ihre ${tenantFacts().title}`].join('\n');
  const html = `<!doctype html><html lang="de"><body style="font-family:Arial,Helvetica,sans-serif;color:#212121"><p>${esc(greeting)}</p>${body.map((l) => `<p>${esc(l)}</p>`).join('')}${
    m.action ? `<p><a href="${esc(m.link)}" style="display:inline-block;padding:10px 16px;background:#0d47a1;color:#ffffff;text-decoration:none">${esc(m.action)}</a></p>` : ''
  }<p>Ihre ${esc(tenantFacts().title)}</p></body></html>`;
  return { subject: m.subject, text, html };
}
