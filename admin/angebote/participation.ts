/**
 * Residents' participation in the finder (issue 28, ideas, surveys and sign-ups): "Mitmachen"
 * (?seite=mitmachen) with the form, the confirmation with the status link, what others have
 * suggested, the social space's surveys and its activities to sign up for; the status page
 * (?seite=status&key=…); a survey (?seite=umfrage&id=…) and its results (?seite=ergebnisse&id=…); an
 * activity with its sign-up form (?seite=veranstaltung&id=…) and the sign-up's own page, linked from
 * its e-mail (?seite=anmeldung&key=…); asking for a room of a centre (?seite=raum&id=…&zentrum=…) and
 * the request's own page, linked from its e-mail (?seite=raumanfrage&key=…). Loaded on demand by main.ts, so the search page's JavaScript
 * does not grow with it (nor with altcha-lib).
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ActivityList } from './activityList';
import { useCopyLink } from './copyLink';
import { finderLink, finderParams, type Areas } from './core';
import { IdeaForm } from './ideaForm';
import { IdeaList } from './ideaList';
import { IdeaStatus } from './ideaStatus';
import { SurveyList } from './surveyList';
import type { T } from './i18n';

export { SurveyPage } from './surveyForm';
export { ResultsPage } from './surveyResults';
export { ActivityPage } from './activityPage';
export { SignUpPage } from './signUpManage';
export { RoomRequestPage } from './roomRequestForm';
export { RoomRequestStatusPage } from './roomRequestStatus';

type Props = { t: T; areas?: Areas; p: URLSearchParams };

export function IdeaPage({ t, areas, p }: Props) {
  // The social space is shared by the form and the list below it; a link may bring it along.
  const [space, setSpace] = useState(p.get('socialSpaceId') ?? '');
  const [statusKey, setStatusKey] = useState<string>();
  return html`
    <h2>${t('join.heading')}</h2>
    <p class="intro">${t('join.intro')}</p>
    ${statusKey
      ? html`<${Confirmation} t=${t} statusKey=${statusKey} again=${() => setStatusKey(undefined)} />`
      : html`<${IdeaForm} t=${t} areas=${areas} space=${space} onSpace=${setSpace} onSent=${setStatusKey} />`}
    <${IdeaList} t=${t} areas=${areas} space=${space} />
    <${SurveyList} t=${t} areas=${areas} space=${space} />
    <${ActivityList} t=${t} areas=${areas} space=${space} />`;
}

/**
 * After sending: the status link, shown this once (the server keeps only its hash), with a copy
 * button. The focus moves to the heading so a screen reader announces the outcome.
 */
function Confirmation({ t, statusKey, again }: { t: T; statusKey: string; again: () => void }) {
  const url = `${location.origin}${location.pathname}?${finderParams({ seite: 'status', key: statusKey })}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const { link, note, copy } = useCopyLink(t, url);
  useEffect(() => heading.current?.focus(), []);
  return html`
    <section class="confirm" aria-labelledby="thanks-title">
      <h3 id="thanks-title" ref=${heading} tabindex="-1">${t('join.thanks')}</h3>
      <p>${t('join.next')}</p>
      <p class="warning" role="note"><strong>${t('join.saveLink')}</strong></p>
      <p class="status-link"><span id="status-link-label">${t('join.linkLabel')}:</span> <a ref=${link} href=${url} dir="ltr" aria-describedby="status-link-label">${url}</a></p>
      <p class="buttons">
        <button type="button" onClick=${copy}>${t('join.copy')}</button>
        <button type="button" class="secondary" onClick=${again}>${t('join.another')}</button>
      </p>
      <p aria-live="polite">${note}</p>
    </section>`;
}

export function StatusPage({ t, areas, p }: Props) {
  return html`<${IdeaStatus} t=${t} areas=${areas} statusKey=${p.get('key') ?? ''} toForm=${finderLink({ seite: 'mitmachen' })} />`;
}
