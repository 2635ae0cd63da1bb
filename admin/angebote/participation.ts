/**
 * Residents' participation in the finder (issue 28, ideas, surveys and sign-ups): "Mitmachen"
 * (?seite=mitmachen) with the form, the confirmation with the status link, what others have
 * suggested, the social space's surveys and its activities to sign up for; the status page
 * (?seite=status&key=…); a survey (?seite=umfrage&id=…) and its results (?seite=ergebnisse&id=…); an
 * activity with its sign-up form (?seite=veranstaltung&id=…) and the sign-up's own page, linked from
 * its e-mail (?seite=anmeldung&key=…). Loaded on demand by main.ts, so the search page's JavaScript
 * does not grow with it (nor with altcha-lib).
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ActivityList } from './activityList';
import { go, type Areas } from './core';
import { IdeaForm } from './ideaForm';
import { IdeaList } from './ideaList';
import { IdeaStatus } from './ideaStatus';
import { SurveyList } from './surveyList';
import type { Lang, Texts } from './texts';

export { SurveyPage } from './surveyForm';
export { ResultsPage } from './surveyResults';
export { ActivityPage } from './activityPage';
export { SignUpPage } from './signUpManage';

type Props = { lang: Lang; t: Texts; areas?: Areas; p: URLSearchParams };

const pageParams = (lang: Lang, page: Record<string, string>) => new URLSearchParams({ ...page, ...(lang === 'en' ? { lang: 'en' } : {}) });

export function IdeaPage({ lang, t, areas, p }: Props) {
  // The social space is shared by the form and the list below it; a link may bring it along.
  const [space, setSpace] = useState(p.get('socialSpaceId') ?? '');
  const [statusKey, setStatusKey] = useState<string>();
  return html`
    <h2>${t.join.heading}</h2>
    <p class="intro">${t.join.intro}</p>
    ${statusKey
      ? html`<${Confirmation} lang=${lang} t=${t} statusKey=${statusKey} again=${() => setStatusKey(undefined)} />`
      : html`<${IdeaForm} lang=${lang} t=${t} areas=${areas} space=${space} onSpace=${setSpace} onSent=${setStatusKey} />`}
    <${IdeaList} lang=${lang} t=${t} areas=${areas} space=${space} />
    <${SurveyList} lang=${lang} t=${t} areas=${areas} space=${space} />
    <${ActivityList} lang=${lang} t=${t} areas=${areas} space=${space} />`;
}

/**
 * After sending: the status link, shown this once (the server keeps only its hash), with a copy
 * button. The focus moves to the heading so a screen reader announces the outcome.
 */
function Confirmation({ lang, t, statusKey, again }: { lang: Lang; t: Texts; statusKey: string; again: () => void }) {
  const j = t.join;
  const url = `${location.origin}${location.pathname}?${pageParams(lang, { seite: 'status', key: statusKey })}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const [note, setNote] = useState('');
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setNote(j.copied);
    } catch {
      // No clipboard (an insecure origin, or refused): select the link, so copying is one keystroke.
      if (link.current) getSelection()?.selectAllChildren(link.current);
      setNote(j.copyFailed);
    }
  };
  return html`
    <section class="confirm" aria-labelledby="thanks-title">
      <h3 id="thanks-title" ref=${heading} tabindex="-1">${j.thanks}</h3>
      <p>${j.next}</p>
      <p class="warning" role="note"><strong>${j.saveLink}</strong></p>
      <p class="status-link"><span id="status-link-label">${j.linkLabel}:</span> <a ref=${link} href=${url} aria-describedby="status-link-label">${url}</a></p>
      <p class="buttons">
        <button type="button" onClick=${copy}>${j.copy}</button>
        <button type="button" class="secondary" onClick=${again}>${j.another}</button>
      </p>
      <p aria-live="polite">${note}</p>
    </section>`;
}

export function StatusPage({ lang, t, areas, p }: Props) {
  const form = pageParams(lang, { seite: 'mitmachen' });
  return html`<${IdeaStatus} lang=${lang} t=${t} areas=${areas} statusKey=${p.get('key') ?? ''} formHref=${`?${form}`} toForm=${() => go(form)} />`;
}
