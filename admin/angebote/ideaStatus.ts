/**
 * The status page a resident reaches with the link shown after sending (?seite=status&key=…):
 * their text, where it stands, staff's answer, whether it is published, and the way to delete
 * their contact data (asked once more in the page, not in a browser dialog, so it reads and works
 * the same with a screen reader and a keyboard).
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Areas } from './core';
import { deleteContact, ideaStatus, type StatusView } from './participationApi';
import type { T } from './i18n';
import { instantDay } from './when';

export function IdeaStatus({ t, areas, statusKey, toForm }: { t: T; areas?: Areas; statusKey: string; toForm: { href: string; onClick: (e: MouseEvent) => void } }) {
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
      setNote(t('join.deleted'));
    } catch {
      setNote(t('join.deleteFailed'));
    }
    setAsking(false);
    // The buttons are gone: the focus goes to what happened.
    requestAnimationFrame(() => said.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => askButton.current?.focus());
  };

  const back = html`<p class="noprint"><a ...${toForm}>${t('join.toForm')}</a></p>`;
  const heading = html`<h2>${t('join.statusHeading')}</h2>`;
  if (view === undefined) return html`${heading}<p aria-live="polite">${t('loading')}</p>`;
  if (view === 'missing' || view === 'error') return html`${heading}<p role="alert">${view === 'missing' ? t('join.statusNotFound') : t('join.statusError')}</p>${back}`;
  const space = areas?.socialSpaces.find((s) => s.id === view.socialSpaceId)?.name;
  const publication = view.moderation === 'pending' ? t('join.pending') : view.moderation === 'released' ? t('join.released') : `${t('join.rejected')}.${view.rejectionReason ? ` ${t('join.reason')}: ` : ''}`;
  return html`
    <article class="idea-status">
      ${heading}
      <h3>${t('join.yourText')}</h3>
      <p class="idea-text">${view.text}</p>
      <p class="idea-meta">${[view.theme && t.label('theme', view.theme), space, t('join.from', { date: instantDay(t, view.createdAt) })].filter(Boolean).join(' · ')}</p>
      <p><strong>${t('join.status')}:</strong> ${t.label('ideaStatus', view.status)}</p>
      <p><strong>${t('join.publication')}:</strong> ${publication}${view.moderation === 'rejected' && view.rejectionReason ? html`<span class="idea-text">${view.rejectionReason}</span>` : null}</p>
      ${view.moderation === 'released' ? html`<p>${t('join.meTooCount', { count: view.meToo })}</p>` : null}
      ${view.answer ? html`<h3>${t('join.answer')}</h3><p class="idea-text">${view.answer}</p>` : null}
      <h3>${t('contact')}</h3>
      <p>${view.hasContact ? t('join.contactKept') : t('join.noContact')}</p>
      ${view.hasContact && !asking ? html`<p><button type="button" ref=${askButton} onClick=${() => setAsking(true)}>${t('join.deleteContact')}</button></p>` : null}
      ${view.hasContact && asking
        ? html`<div class="confirm-box" role="group" aria-labelledby="delete-ask">
            <p id="delete-ask">${t('join.deleteAsk')}</p>
            <p class="buttons">
              <button type="button" ref=${yes} onClick=${remove}>${t('join.deleteYes')}</button>
              <button type="button" class="secondary" onClick=${cancel}>${t('join.deleteNo')}</button>
            </p>
          </div>`
        : null}
      <p ref=${said} tabindex="-1" aria-live="polite">${note}</p>
      ${back}
    </article>`;
}
