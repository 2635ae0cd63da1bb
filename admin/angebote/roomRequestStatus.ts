/**
 * The page a room request's e-mail links to (?seite=raumanfrage&key=…, issue 34): the room, the centre,
 * what for, and each date with its status in words (Angefragt, Zugesagt, Abgelehnt with the reason,
 * Abgesagt, another time proposed). Unconfirmed, a button confirms it (never on load: a link checker
 * opening the mail must not send a request on); a proposal is accepted or declined; each date, or all,
 * can be cancelled after being asked once more in the page (not in a browser dialog). Approved, the
 * house rules and how to get the key follow. After each step the focus goes to what happened, as on a sign-up's page.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { finderLink } from './core';
import { backArrow, inGerman, isolate, parts, type T } from './i18n';
import { paragraphs } from './areaPage';
import { answerProposal, cancelRoomRequest, confirmRoomRequest, Refused, roomRequest, type RoomRequestView } from './participationApi';
import { euros, kindLabel } from './roomFacts';
import { useTitle } from './pageFocus';
import { dateInWords } from './when';

type Occurrence = RoomRequestView['occurrences'][number];
/** What is being asked about once more: cancelling one date (its id) or all of them. */
type Asking = { all: true } | { id: string };

const failedAs = (err: unknown) => (err instanceof Refused ? (err.status === 404 || err.status === 400 ? 'missing' : err.status === 409 ? 'expired' : 'error') : 'error');
const when = (t: T, o: { date: string; startTime: string; endTime: string }) => dateInWords(t, { date: o.date, opens: o.startTime, closes: o.endTime });
const open = (o: Occurrence) => o.status === 'pending' || o.status === 'approved' || o.status === 'proposed';

export function RoomRequestStatusPage({ t, p }: { t: T; p: URLSearchParams }) {
  const key = p.get('key') ?? '';
  const [view, setView] = useState<RoomRequestView | 'missing' | 'expired' | 'error'>();
  const [asking, setAsking] = useState<Asking>();
  const [busy, setBusy] = useState(false);
  /** What the last step did, or why it failed; `refused` is the server's own words (German). */
  const [note, setNote] = useState<{ text: string; refused?: boolean }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const statusBox = useRef<HTMLDivElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const yes = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    setView(undefined);
    setAsking(undefined);
    setNote(undefined);
    if (!key) return setView('missing');
    roomRequest(key).then((v) => live && setView(v), (err) => live && setView(failedAs(err)));
    return () => {
      live = false;
    };
  }, [key]);
  const loaded = typeof view === 'object';
  useTitle(t, loaded ? t('room.statusHeading') : undefined, heading);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  /** Runs a step; afterwards the focus goes to the status (or to the note when something went wrong). */
  const run = async (call: () => Promise<RoomRequestView>) => {
    if (busy) return;
    setBusy(true);
    setNote(undefined);
    let focus = statusBox;
    try {
      setView(await call());
    } catch (err) {
      const why = failedAs(err);
      if (why === 'missing') setView('missing');
      const refused = err instanceof Refused && (err.status === 409 || err.status === 422) ? err.errors[0]?.detail : undefined;
      setNote(refused ? { text: refused, refused: true } : { text: t('room.actionFailed') });
      focus = said;
    }
    setBusy(false);
    setAsking(undefined);
    requestAnimationFrame(() => (focus.current ?? heading.current)?.focus());
  };

  const de = inGerman(t);
  const title = html`<h2 ref=${heading} tabindex="-1">${t('room.statusHeading')}</h2>`;
  const back = html`<p class="noprint"><a ...${finderLink({ seite: 'stadtteil' })}>${backArrow(t)} ${t('area.back')}</a></p>`;
  if (view === undefined) return html`${back}${title}<p aria-live="polite">${t('loading')}</p>`;
  if (typeof view !== 'object')
    return html`${back}${title}<p role="alert">${view === 'missing' ? t('room.keyNotFound') : view === 'expired' ? t('room.linkExpired') : t('room.loadError')}</p>`;

  const status = view.status;
  const cancellable = status !== 'unconfirmed' && view.occurrences.some(open);
  const approved = view.occurrences.some((o) => o.status === 'approved');
  const askBox = (question: string, ids?: string[]) => html`<div class="confirm-box" role="group" aria-labelledby="cancel-ask">
    <p id="cancel-ask">${question}</p>
    <p class="buttons">
      <button type="button" ref=${yes} aria-disabled=${busy ? 'true' : undefined} onClick=${() => run(() => cancelRoomRequest(key, ids))}>${t('signUp.cancelYes')}</button>
      <button type="button" class="secondary" onClick=${() => setAsking(undefined)}>${t('signUp.cancelNo')}</button>
    </p>
  </div>`;
  const centre = view.centre;
  return html`
    <p class="noprint"><a ...${finderLink({ seite: 'zentrum', id: centre.id })}>${backArrow(t)} ${parts(t, 'centre.back', { name: html`<span ...${de}>${centre.name}</span>` })}</a></p>
    <article class="room-status">
      ${title}
      <h3 ...${de}>${view.room.name}</h3>
      <p><span ...${de}>${centre.name}</span>${centre.address ? html`<br /><span ...${de}>${centre.address}</span>` : null}</p>
      <dl class="room-request-facts">
        <dt>${t('room.purposeLabel')}</dt><dd ...${de}>${view.purpose}</dd>
        <dt>${t('room.kind')}</dt><dd>${kindLabel(t, view.bookerKind)}</dd>
        <dt>${t('room.people')}</dt><dd>${isolate(t, view.expectedPeople.toLocaleString(t.locale))}</dd>
        ${view.feeCents ? html`<dt>${t('room.costs')}</dt><dd>${t('room.perOccurrence', { amount: euros(t, view.feeCents) })}</dd>` : null}
      </dl>
      <div class=${`signup-status ${status === 'unconfirmed' ? 'unconfirmed' : status === 'cancelled' || status === 'refused' ? 'cancelled' : ''}`} ref=${statusBox} tabindex="-1">
        <p><strong>${t('signUp.status')}:</strong> ${t(`room.state.${status}`)}</p>
        ${status === 'unconfirmed' ? html`<p>${t('room.unconfirmedHint')}</p>` : null}
      </div>
      <p class=${note?.refused ? 'field-error' : undefined} ref=${said} tabindex="-1" aria-live="polite" ...${note?.refused ? de : {}}>${note?.text ?? ''}</p>
      ${status === 'unconfirmed'
        ? html`<p class="buttons"><button type="button" aria-disabled=${busy ? 'true' : undefined} onClick=${() => run(() => confirmRoomRequest(key))}>${t('room.confirm')}</button></p>
          <p role="status" class="busy">${busy ? t('signUp.confirming') : ''}</p>`
        : null}
      <h3>${t('room.dates')}</h3>
      <ul class="occurrences">
        ${view.occurrences.map((o) => html`<li class=${`occurrence ${o.status}`}>
          <p id=${`occ-${o.id}`}><strong>${when(t, o)}</strong>: <span class="occ-status">${t(`room.state.${o.status}`)}</span>${o.status === 'refused' && o.reason ? html` (<span ...${de}>${o.reason}</span>)` : null}</p>
          ${o.status === 'proposed' && o.proposal
            ? html`<p>${t('room.proposal', { when: when(t, o.proposal) })}${o.proposal.note ? html`<br /><span ...${de}>${o.proposal.note}</span>` : null}</p>
              <p class="buttons">
                <button type="button" aria-describedby=${`occ-${o.id}`} aria-disabled=${busy ? 'true' : undefined} onClick=${() => run(() => answerProposal(key, o.id, true))}>${t('room.accept')}</button>
                <button type="button" class="secondary" aria-describedby=${`occ-${o.id}`} aria-disabled=${busy ? 'true' : undefined} onClick=${() => run(() => answerProposal(key, o.id, false))}>${t('room.decline')}</button>
              </p>`
            : null}
          ${cancellable && open(o) && view.occurrences.length > 1
            ? 'id' in (asking ?? {}) && (asking as { id: string }).id === o.id
              ? askBox(t('room.cancelOneAsk', { when: when(t, o) }), [o.id])
              : html`<p class="buttons"><button type="button" class="secondary" aria-describedby=${`occ-${o.id}`} onClick=${() => setAsking({ id: o.id })}>${t('room.cancelOne')}</button></p>`
            : null}
        </li>`)}
      </ul>
      ${cancellable
        ? asking && 'all' in asking
          ? askBox(view.occurrences.length > 1 ? t('room.cancelAllAsk') : t('room.cancelOnlyAsk'))
          : html`<p class="buttons"><button type="button" class="secondary" onClick=${() => setAsking({ all: true })}>${view.occurrences.length > 1 ? t('room.cancelAll') : t('room.cancelRequest')}</button></p>`
        : null}
      ${approved && view.room.houseRules ? html`<h3>${t('room.houseRules')}</h3>${paragraphs(view.room.houseRules, de)}` : null}
      ${approved && view.room.keyPickup ? html`<h3>${t('room.keyPickup')}</h3>${paragraphs(view.room.keyPickup, de)}` : null}
    </article>`;
}
