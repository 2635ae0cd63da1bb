/**
 * The page a sign-up's e-mail links to (?seite=anmeldung&key=…): the activity, who is signed up, and
 * where the sign-up stands. Unconfirmed, a button confirms it (never on load: a link checker opening
 * the mail must not take a place); confirmed or on the waiting list, it can be cancelled; and the
 * name and address can always be deleted. Cancelling and deleting are asked once more in the page,
 * not in a browser dialog, so they read and work the same with a screen reader and a keyboard. After
 * each step the focus goes to what happened.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Areas } from './core';
import { ActivityFacts } from './activityList';
import { CalendarLink } from './activityPage';
import { cancelSignUp, confirmSignUp, deleteSignUpData, ownSignUp, Refused, type OwnSignUp } from './participationApi';
import { BackLink } from './surveyForm';
import { useTitle } from './pageFocus';
import { pageLink } from './surveyList';
import type { T } from './i18n';
import { inGerman } from './i18n';

type Props = { t: T; areas?: Areas; p: URLSearchParams };
type Step = 'confirm' | 'cancel' | 'delete';

const missing = (err: unknown) => err instanceof Refused && (err.status === 404 || err.status === 400);

export function SignUpPage({ t, p }: Props) {
  const key = p.get('key') ?? '';
  const [view, setView] = useState<OwnSignUp | 'missing' | 'error'>();
  /** The step being asked about (cancel, delete) in the page. */
  const [asking, setAsking] = useState<Exclude<Step, 'confirm'>>();
  const [busy, setBusy] = useState<Step>();
  /** What the last step did, or why it failed; `refused` is the server's own words (German). */
  const [note, setNote] = useState<{ text: string; refused?: boolean }>();
  const [deleted, setDeleted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const statusBox = useRef<HTMLDivElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const askButtons = { cancel: useRef<HTMLButtonElement>(null), delete: useRef<HTMLButtonElement>(null) };

  useEffect(() => {
    let live = true;
    setView(undefined);
    setAsking(undefined);
    setNote(undefined);
    setDeleted(false);
    if (!key) return setView('missing');
    ownSignUp(key).then((v) => live && setView(v), (err) => live && setView(missing(err) ? 'missing' : 'error'));
    return () => {
      live = false;
    };
  }, [key]);
  const loaded = typeof view === 'object';
  useTitle(t, loaded ? t('signUp.manageHeading') : undefined, heading);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  /** Runs a step; afterwards the focus goes to the status (or to the note when there is one). */
  const run = async (step: Step, call: (key: string) => Promise<OwnSignUp>, done?: string) => {
    if (busy) return;
    setBusy(step);
    setNote(undefined);
    let focus = statusBox;
    try {
      setView(await call(key));
      if (done) {
        setNote({ text: done });
        focus = said;
      }
      if (step === 'delete') setDeleted(true);
    } catch (err) {
      if (missing(err)) setView('missing');
      const refused = err instanceof Refused && err.status === 409 ? err.errors[0]?.detail : undefined;
      setNote(refused ? { text: refused, refused: true } : { text: t('signUp.actionFailed') });
      focus = said;
    }
    setBusy(undefined);
    setAsking(undefined);
    requestAnimationFrame(() => (focus.current ?? heading.current)?.focus());
  };
  const keep = () => {
    const was = asking;
    setAsking(undefined);
    requestAnimationFrame(() => was && askButtons[was].current?.focus());
  };

  const de = inGerman(t);
  const noteLine = html`<p class=${note?.refused ? 'field-error' : undefined} ref=${said} tabindex="-1" aria-live="polite" ...${note?.refused ? de : {}}>${note?.text ?? ''}</p>`;
  const title = html`<h2 ref=${heading} tabindex="-1">${t('signUp.manageHeading')}</h2>`;
  if (view === undefined) return html`<${BackLink} t=${t} />${title}<p aria-live="polite">${t('loading')}</p>`;
  if (view === 'missing' || view === 'error') return html`<${BackLink} t=${t} />${title}<p role="alert">${view === 'missing' ? t('signUp.keyNotFound') : t('signUp.manageError')}</p>`;

  const a = view.activity;
  const status = view.status;
  /** Confirming failed for good (cancelled, expired, full): signing up again is the way on. */
  const confirmRefused = status === 'unconfirmed' && note?.refused;
  const ask = (step: Exclude<Step, 'confirm'>, question: string, yesLabel: string, noLabel: string, call: (key: string) => Promise<OwnSignUp>, done?: string) =>
    asking === step
      ? html`<div class="confirm-box" role="group" aria-labelledby=${`${step}-ask`}>
          <p id=${`${step}-ask`}>${question}</p>
          <p class="buttons">
            <button type="button" ref=${yes} aria-disabled=${busy ? 'true' : undefined} onClick=${() => run(step, call, done)}>${yesLabel}</button>
            <button type="button" class="secondary" onClick=${keep}>${noLabel}</button>
          </p>
        </div>`
      : null;
  return html`
    <${BackLink} t=${t} space=${a.socialSpaceId} />
    <article class="signup-manage">
      ${title}
      <h3>${a.title}</h3>
      <${ActivityFacts} t=${t} activity=${a} />
      ${status === 'cancelled' ? null : html`<p>${view.guests === 0 ? t('signUp.peopleAlone') : t('signUp.people', { count: view.guests })}</p>`}
      ${view.name ? html`<p><strong>${t('signUp.nameLabel')}:</strong> ${view.name}</p>` : null}
      <div class=${`signup-status ${status}`} ref=${statusBox} tabindex="-1">
        <p><strong>${t('signUp.status')}:</strong> ${t(`signUp.${status}`)}</p>
        ${status === 'confirmed' ? html`<${CalendarLink} t=${t} id=${a.id} />` : null}
      </div>
      ${noteLine}
      ${status === 'unconfirmed' && !confirmRefused
        ? html`<p class="buttons">
            <button type="button" aria-disabled=${busy ? 'true' : undefined} onClick=${() => run('confirm', confirmSignUp)}>${t('signUp.confirm')}</button>
          </p>
          <p role="status" class="busy">${busy === 'confirm' ? t('signUp.confirming') : ''}</p>`
        : null}
      ${status === 'cancelled' || confirmRefused ? html`<p><a ...${pageLink({ seite: 'veranstaltung', id: a.id })}>${t('signUp.again')}</a></p>` : null}
      ${(status === 'confirmed' || status === 'waitlisted') && asking !== 'cancel'
        ? html`<p class="buttons"><button type="button" class="secondary" ref=${askButtons.cancel} onClick=${() => setAsking('cancel')}>${t('signUp.cancel')}</button></p>`
        : null}
      ${ask('cancel', t('signUp.cancelAsk'), t('signUp.cancelYes'), t('signUp.cancelNo'), cancelSignUp)}
      ${!deleted && asking !== 'delete'
        ? html`<p class="buttons"><button type="button" class="secondary" ref=${askButtons.delete} onClick=${() => setAsking('delete')}>${t('signUp.deleteData')}</button></p>`
        : null}
      ${ask('delete', status === 'cancelled' ? t('signUp.deleteAskCancelled') : t('signUp.deleteAsk'), t('signUp.deleteYes'), t('signUp.deleteNo'), deleteSignUpData, t('signUp.deleted'))}
    </article>`;
}
