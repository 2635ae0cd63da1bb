/**
 * The status page a resident reaches with the link shown after sending (?seite=status&key=…):
 * their text, where it stands, staff's answer, whether it is published, and the way to delete
 * their contact data (asked once more in the page, not in a browser dialog, so it reads and works
 * the same with a screen reader and a keyboard).
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dateLabel } from '../../shared/time/months';
import type { Areas } from './core';
import { deleteContact, ideaStatus, type StatusView } from './participationApi';
import { ideaStatusLabel, type Lang, type Texts } from './texts';

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

export function IdeaStatus({ lang, t, areas, statusKey, formHref, toForm }: { lang: Lang; t: Texts; areas?: Areas; statusKey: string; formHref: string; toForm: () => void }) {
  const j = t.join;
  const [view, setView] = useState<StatusView | 'missing' | 'error'>();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const yes = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!statusKey) return setView('missing');
    ideaStatus(statusKey).then(setView, (err) => setView(err?.status === 404 || err?.status === 400 ? 'missing' : 'error'));
  }, [statusKey]);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  const remove = async () => {
    try {
      setView(await deleteContact(statusKey));
      setNote(j.deleted);
    } catch {
      setNote(j.deleteFailed);
    }
    setAsking(false);
    // The buttons are gone: the focus goes to what happened.
    requestAnimationFrame(() => said.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => askButton.current?.focus());
  };

  const back = html`<p class="noprint"><a href=${formHref} onClick=${(e: Event) => { e.preventDefault(); toForm(); }}>${j.toForm}</a></p>`;
  const heading = html`<h2>${j.statusHeading}</h2>`;
  if (view === undefined) return html`${heading}<p aria-live="polite">${t.loading}</p>`;
  if (view === 'missing' || view === 'error') return html`${heading}<p role="alert">${view === 'missing' ? j.statusNotFound : j.statusError}</p>${back}`;
  const space = areas?.socialSpaces.find((s) => s.id === view.socialSpaceId)?.name;
  const publication = view.moderation === 'pending' ? j.pending : view.moderation === 'released' ? j.released : `${j.rejected}.${view.rejectionReason ? ` ${j.reason}: ` : ''}`;
  return html`
    <article class="idea-status">
      ${heading}
      <h3>${j.yourText}</h3>
      <p class="idea-text">${view.text}</p>
      <p class="idea-meta">${[view.theme, space, j.from(dateLabel(view.createdAt, locale(lang)))].filter(Boolean).join(' · ')}</p>
      <p><strong>${j.status}:</strong> ${ideaStatusLabel(lang, view.status)}</p>
      <p><strong>${j.publication}:</strong> ${publication}${view.moderation === 'rejected' && view.rejectionReason ? html`<span class="idea-text">${view.rejectionReason}</span>` : null}</p>
      ${view.moderation === 'released' ? html`<p>${j.meTooCount(view.meToo)}</p>` : null}
      ${view.answer ? html`<h3>${j.answer}</h3><p class="idea-text">${view.answer}</p>` : null}
      <h3>${t.contact}</h3>
      <p>${view.hasContact ? j.contactKept : j.noContact}</p>
      ${view.hasContact && !asking ? html`<p><button type="button" ref=${askButton} onClick=${() => setAsking(true)}>${j.deleteContact}</button></p>` : null}
      ${view.hasContact && asking
        ? html`<div class="confirm-box" role="group" aria-labelledby="delete-ask">
            <p id="delete-ask">${j.deleteAsk}</p>
            <p class="buttons">
              <button type="button" ref=${yes} onClick=${remove}>${j.deleteYes}</button>
              <button type="button" class="secondary" onClick=${cancel}>${j.deleteNo}</button>
            </p>
          </div>`
        : null}
      <p ref=${said} tabindex="-1" aria-live="polite">${note}</p>
      ${back}
    </article>`;
}
