/**
 * The quarter in public (issue 33), loaded on demand by main.ts like participation.ts, so the search
 * page's JavaScript does not grow with it: "Mein Stadtteil" (?seite=stadtteil), the page of a social
 * space (?seite=sozialraum&id=…) or a quarter (?seite=quartier&id=…, both with an optional
 * &vorschau=<token> for a staff member's preview), and a centre's page (?seite=zentrum&id=…).
 */
import { html } from 'htm/preact';
import type { Areas } from './core';
import type { T } from './i18n';
import { AreaPage } from './areaPage';
import { CentrePage } from './centrePage';
import { MyAreaPage } from './myArea';

export { AreaPage, CentrePage, MyAreaPage };

/** The page `?seite=` names; each keyed by it, so moving between two of them starts afresh. */
export function AreaPages({ t, areas, p }: { t: T; areas?: Areas; p: URLSearchParams }) {
  const seite = p.get('seite');
  if (seite === 'sozialraum' || seite === 'quartier')
    return html`<${AreaPage} key=${seite} t=${t} p=${p} level=${seite === 'quartier' ? 'quarter' : 'socialSpace'} />`;
  if (seite === 'zentrum') return html`<${CentrePage} t=${t} p=${p} />`;
  return html`<${MyAreaPage} t=${t} areas=${areas} />`;
}
