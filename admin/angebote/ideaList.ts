/**
 * "Was andere angeregt haben": the released ideas of the chosen social space, with their status,
 * staff's answer and "Das betrifft mich auch". Texts are residents' words: rendered as text only.
 * After a vote the button keeps the focus (aria-disabled rather than disabled) and shows the new count.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Areas } from './core';
import { addMeToo, releasedIdeas, type PublicIdea } from './participationApi';
import type { T } from './i18n';
import { instantDay } from './when';

export function IdeaList({ t, areas, space }: { t: T; areas?: Areas; space: string }) {
  const [state, setState] = useState<{ ideas: PublicIdea[]; total: number; loading: boolean; error?: boolean }>({ ideas: [], total: 0, loading: false });
  /** The count after this person's vote, and what to say about it, by idea. */
  const [voted, setVoted] = useState<Record<string, { count: number; note: string }>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!space) return setState({ ideas: [], total: 0, loading: false });
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    releasedIdeas(space).then(
      ({ ideas, total }) => live && setState({ ideas, total, loading: false }),
      () => live && setState({ ideas: [], total: 0, loading: false, error: true }),
    );
    return () => {
      live = false;
    };
  }, [space]);

  const vote = async (idea: PublicIdea) => {
    if (voted[idea.id]) return;
    try {
      const { meToo, counted } = await addMeToo(idea.id);
      setVoted((v) => ({ ...v, [idea.id]: { count: meToo, note: !counted ? t('join.meTooDone', { count: meToo }) : meToo === 1 ? t('join.meTooFirst') : t('join.meTooThanks', { count: meToo }) } }));
    } catch {
      setNotes((n) => ({ ...n, [idea.id]: t('join.meTooFailed') }));
    }
  };

  const spaceName = areas?.socialSpaces.find((s) => s.id === space)?.name ?? space;
  const quarterName = (id?: string) => (id ? areas?.quarters.find((q) => q.id === id)?.name : undefined);
  const summary = !space ? t('join.othersChoose') : state.loading ? t('loading') : state.error ? t('join.othersError') : state.total === 0 ? t('join.othersNone') : t('join.othersCount', { count: state.total, space: spaceName });
  return html`
    <section class="others" aria-labelledby="others-title">
      <h3 id="others-title">${t('join.others')}</h3>
      <p aria-live="polite">${summary}</p>
      <ul class="ideas">
        ${state.ideas.map((idea) => {
          const mine = voted[idea.id];
          return html`<li class="idea">
            <p class="idea-text">${idea.text}</p>
            <p class="idea-meta">${[idea.theme && t.label('theme', idea.theme), quarterName(idea.quarterId), t('join.from', { date: instantDay(t, idea.createdAt) })].filter(Boolean).join(' · ')}</p>
            <p><strong>${t('join.status')}:</strong> ${t.label('ideaStatus', idea.status)}</p>
            ${idea.answer ? html`<p><strong>${t('join.answer')}:</strong> <span class="idea-text">${idea.answer}</span></p>` : null}
            <button type="button" class="me-too" aria-disabled=${mine ? 'true' : undefined} onClick=${() => vote(idea)}>
              ${mine ? t('join.meTooDone', { count: mine.count }) : t('join.meToo', { count: idea.meToo })}
            </button>
            <p class="vote-note" aria-live="polite">${mine?.note ?? notes[idea.id] ?? ''}</p>
          </li>`;
        })}
      </ul>
    </section>`;
}
