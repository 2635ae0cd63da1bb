/**
 * One activity open for sign-up (?seite=veranstaltung&id=…): when and where, the places left, the
 * link to its iCalendar file, and the sign-up form. Sent, the form gives way to what comes next
 * (confirming by e-mail), which takes the focus. Fully booked without a waiting list, or refused as
 * not open (409), it says so instead of the form.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Areas } from './core';
import { ActivityFacts, canSignUp } from './activityList';
import { activityCalendarUrl, publicActivity, Refused, type PublicActivity } from './participationApi';
import { SignUpForm } from './signUpForm';
import { BackLink } from './surveyForm';
import type { T } from './i18n';
import { inGerman } from './i18n';
import { focusIfLost } from './pageFocus';

type Props = { t: T; areas?: Areas; p: URLSearchParams };

/** The link to an activity's calendar file; the API's answer makes it a download. */
export const CalendarLink = ({ t, id }: { t: T; id: string }) =>
  html`<p class="noprint"><a class="button" href=${activityCalendarUrl(id)} download>${t('calendar')}</a></p>`;

export function ActivityPage({ t, p }: Props) {
  const id = p.get('id') ?? '';
  const [activity, setActivity] = useState<PublicActivity | 'missing' | 'error'>();
  const [sent, setSent] = useState(false);
  /** The server's words when it refused the sign-up because the activity is not open (409). */
  const [refusedClosed, setRefusedClosed] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const sentNote = useRef<HTMLParagraphElement>(null);
  const closedNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    setActivity(undefined);
    setSent(false);
    setRefusedClosed(undefined);
    if (!id) return setActivity('missing');
    publicActivity(id).then(
      (a) => live && setActivity(a),
      (err) => live && setActivity(err instanceof Refused && (err.status === 404 || err.status === 400) ? 'missing' : 'error'),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const title = typeof activity === 'object' ? activity.title : undefined;
  useEffect(() => {
    if (!title) return;
    document.title = `${title} – ${t('title')}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t('title');
    };
  }, [title, t]);
  useEffect(() => {
    if (sent) requestAnimationFrame(() => sentNote.current?.focus());
  }, [sent]);
  useEffect(() => {
    if (refusedClosed !== undefined) requestAnimationFrame(() => closedNote.current?.focus());
  }, [refusedClosed]);

  if (activity === undefined) return html`<${BackLink} t=${t} /><p aria-live="polite">${t('loading')}</p>`;
  if (activity === 'missing' || activity === 'error')
    return html`<${BackLink} t=${t} /><h2>${t('signUp.heading')}</h2><p role="alert">${activity === 'missing' ? t('signUp.notFound') : t('signUp.loadError')}</p>`;

  const de = inGerman(t);
  return html`
    <${BackLink} t=${t} space=${activity.socialSpaceId} />
    <article class="activity">
      <h2 ref=${heading} tabindex="-1">${activity.title}</h2>
      <${ActivityFacts} t=${t} activity=${activity} places />
      <${CalendarLink} t=${t} id=${activity.id} />
      <section class="signup" aria-labelledby="signup-title">
        <h3 id="signup-title">${t('signUp.formHeading')}</h3>
        ${sent
          ? html`<div class="confirm">
              <p ref=${sentNote} tabindex="-1" class="lead">${t('signUp.sent')}</p>
              <p>${t('signUp.sentNext')}</p>
            </div>`
          : refusedClosed !== undefined
            ? html`<div class="closed-note" ref=${closedNote} tabindex="-1">
                <p><strong>${t('signUp.closed')}</strong></p>
                ${refusedClosed && refusedClosed !== t('signUp.closed') ? html`<p ...${de}>${refusedClosed}</p>` : null}
              </div>`
            : !canSignUp(activity)
              ? html`<p class="closed-note">${t('signUp.noPlaces')}</p>`
              : html`
                <p class="hint">${t('signUp.formIntro')}</p>
                ${activity.placesLeft > 0 ? null : html`<p class="warning" role="note">${t('signUp.fullHint')}</p>`}
                <${SignUpForm} t=${t} activity=${activity} onSent=${() => setSent(true)} onClosed=${(detail: string) => setRefusedClosed(detail)} />`}
      </section>
    </article>`;
}
